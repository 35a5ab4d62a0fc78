#pragma once

// Reading a flame graph back by pixel: what the flame graph tests of this module share.

#include "views/flamegraphgeometry.h"
#include "views/flamegraphview.h"

#include <QImage>
#include <QPainter>

// In a namespace of their own, so that a test file can take the short names at once.
namespace eg::tests::flamegraphpixels {

// The view painted into an image of `size` (magenta where nothing was painted).
inline QImage renderView(views::FlameGraphView &view, QSize size = QSize(600, 200))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    view.render(painter, image.rect());
    return image;
}

// The colour near the top of a row, at x: below the bar's edge, above its label.
inline QString at(const views::FlameGraphView &view, const QImage &image, int x, int depth)
{
    return image.pixelColor(x, depth * view.rowHeight() + 3).name();
}

inline QString colour(views::FlameGraphGeometry::ColourIndex index)
{
    return views::FlameGraphGeometry::colour(index).name();
}

} // namespace eg::tests::flamegraphpixels
