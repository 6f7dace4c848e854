/**
 * Published results reproduced (docs/validation.md): Bass and Granovetter/Watts adoption, the
 * public goods game of Santos et al. (2008) and March's (1991) exploration and exploitation
 * model, each with its experiment, report and charts, run by {@code netcap validate}. Depends on
 * {@code growth}, {@code game}, {@code generate}, {@code model}, {@code chart}, {@code stats},
 * {@code random}, {@code util} and {@code world}.
 */
package netcap.validate;
