/**
 * Two modules with one arrow the wrong way, for {@code vn.doingoai.ModularityTests}: the kernel may
 * depend on nothing, yet it names the feature. Outside {@code vn.doingoai}, so that the
 * application's modules never include it.
 */
package arrows;
