/**
 * Reading and writing networks: CSV edge lists in ({@link netcap.io.EdgeListReader}), GraphML
 * and GEXF out ({@link netcap.io.GraphMLWriter}, {@link netcap.io.GexfWriter}) from a neutral
 * {@link netcap.io.GraphExport}, written atomically ({@link netcap.io.AtomicFiles}).
 */
package netcap.io;
