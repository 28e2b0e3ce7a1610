package arrows.kernel;

import arrows.feature.Feature;

/** The wrong arrow: the kernel names a module above it. */
public class Kernel {

    public String describe(Feature feature) {
        return feature.name();
    }
}
