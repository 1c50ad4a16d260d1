package lotsefixture;

import org.springframework.modulith.Modulithic;

/**
 * A deliberately broken module structure that {@code ModularityTests} must refuse.
 */
@Modulithic
public class BrokenApplication {

}
