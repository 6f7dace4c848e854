package netcap.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A plot that draws other charts in a grid of equal cells, row by row (null cells stay empty):
 * panels with their own axes under one title, such as one histogram per parameter or a scatter
 * matrix. Wrap it in a {@link JFreeChart} for the title; the cells are drawn as they are.
 */
public final class PanelGrid extends Plot {
    private static final long serialVersionUID = 1L;
    private final int columns;
    private final List<JFreeChart> cells;

    /** A grid of {@code columns} columns holding {@code cells} row by row. */
    public PanelGrid(int columns, List<JFreeChart> cells) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be >= 1");
        }
        this.columns = columns;
        this.cells = new ArrayList<>(cells);
        setOutlineVisible(false);
    }

    /** The number of rows. */
    public int rows() {
        return (cells.size() + columns - 1) / columns;
    }

    /** The cells, row by row. */
    public List<JFreeChart> cells() {
        return cells;
    }

    @Override
    public String getPlotType() {
        return "Panel grid";
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        getInsets().trim(area);
        int rows = Math.max(1, rows());
        double w = area.getWidth() / columns;
        double h = area.getHeight() / rows;
        for (int i = 0; i < cells.size(); i++) {
            JFreeChart c = cells.get(i);
            if (c == null) {
                continue;
            }
            int r = i / columns;
            int col = i % columns;
            c.draw(g2, new Rectangle2D.Double(area.getX() + col * w, area.getY() + r * h, w, h));
        }
    }
}
