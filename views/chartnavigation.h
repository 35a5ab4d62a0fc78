#pragma once

#include <QRect>
#include <QString>

class QHelpEvent;
class QKeyEvent;
class QNativeGestureEvent;
class QWheelEvent;
class QWidget;

namespace eg::views {

// The zooming, panning and scrolling that the painted charts share (flame graph, flame
// chart): the same keys, wheel and pinch mean the same in each, and a range moved against
// an edge keeps its width instead of shrinking. A view says what its axis spans and
// applies the ranges it is handed; the arithmetic and the input handling live here.
//
// Keys: + = W zoom in, - S zoom out, 0 Home show everything, A Left and D Right pan,
// Up and Down scroll one row. Pinch zooms around the fingers.
class ChartNavigation
{
public:
    virtual ~ChartNavigation() = default;

    // factor < 1 zooms in; `anchor` (an axis value) stays where it is on screen.
    void zoomBy(double factor, double anchor);
    // Moves the visible range by a share of its width (negative: towards the start).
    void panBy(double fraction);

protected:
    // How the vertical wheel reads in a view: scrolling its rows (a tree that runs deep;
    // Ctrl+wheel zooms) or zooming (a timeline; Alt+wheel scrolls).
    enum class Wheel { ScrollsRows, Zooms };

    // The axis: what can be shown, and the narrowest range worth zooming to.
    virtual double axisStart() const = 0;
    virtual double axisEnd() const = 0;
    virtual double minimumSpan() const = 0;
    virtual double visibleStart() const = 0;
    virtual double visibleEnd() const = 0;
    // Shows [start, end), which lies within the axis.
    virtual void showRange(double start, double end) = 0;
    // Back to the whole axis.
    virtual void showAll() = 0;
    virtual void scrollRows(double rows) = 0;
    virtual bool canScrollRows() const = 0;

    // Shows [start, end) clamped to the axis, keeping its width where it can.
    void moveRange(double start, double end);
    // The axis value at pixel x of a chart `width` pixels wide.
    double axisAt(double x, int width) const;

    // The keys, wheel and pinch above; true when the event was used.
    bool navigationKey(QKeyEvent *event);
    bool navigationWheel(QWheelEvent *event, Wheel mode, int width);
    bool navigationPinch(QNativeGestureEvent *event, int width);

    // Shows `text` (plain words) for the item under the pointer; hides the tooltip and
    // ignores the event when there is none.
    static bool showToolTip(QWidget *view, QHelpEvent *event, const QString &text,
                            const QRect &area);
};

} // namespace eg::views
