/**
 * {@code netcap replay}: a recorded run (a run folder's GraphML snapshots and time series, or a
 * preset run on the spot) as one self-contained HTML page with a time slider, the network drawn as
 * the MASON window draws it, and charts of the run and of trust, in English or Swedish.
 */
package netcap.web.replay;
