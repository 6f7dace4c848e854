/**
 * Experiment designs over named parameters: {@link netcap.design.FullFactorial} over explicit
 * values, and unit-hypercube designs ({@link netcap.design.LatinHypercube},
 * {@link netcap.design.SobolDesign}, {@link netcap.design.MorrisDesign}) over
 * {@link netcap.design.Factor} ranges. Pure functions of their arguments; randomness only from a
 * passed {@link ec.util.MersenneTwisterFast}.
 */
package netcap.design;
