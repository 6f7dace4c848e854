/**
 * Adoption on networks, independent of the full model: the Bass diffusion step, threshold models
 * (Granovetter 1978, Watts 2002) and their threshold distributions, seeding strategies, measures
 * of adoption curves and a runner of independent replicates. Used by the model's joining rule and
 * by the validations. Depends on {@code world}, {@code generate}, {@code random} and
 * {@code util}.
 */
package netcap.growth;
