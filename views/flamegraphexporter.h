#pragma once

#include "loadedprofile.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace eg::views {

class FlameGraphView;

// The flame graph as files people keep or share: SVG (scalable, text stays searchable)
// and PNG. "Visible" is what the view shows now, at its zoom, scroll and size; "whole" is
// the full graph at its top level, tall enough for every row. Both go through
// FlameGraphView::render, so an export looks exactly like the screen.
class FlameGraphExporter
{
public:
    // Wide enough for labels on most frames, narrow enough to view without scrolling.
    static constexpr int kWholeWidth = 1600;
    // Keeps a pathological depth from asking for gigabytes of pixels.
    static constexpr int kMaxHeight = 30000;

    static QImage visibleImage(FlameGraphView &view);
    static QByteArray visibleSvg(FlameGraphView &view, const QString &title);

    // The size the whole graph of `loaded` takes at this width.
    static QSize wholeSize(const LoadedProfile &loaded, int width = kWholeWidth);
    // `searchText` keeps the same frames highlighted as on screen.
    static QImage wholeImage(const LoadedProfile &loaded, const QString &searchText = {},
                             int width = kWholeWidth);
    static QByteArray wholeSvg(const LoadedProfile &loaded, const QString &title,
                               const QString &searchText = {}, int width = kWholeWidth);

    static QByteArray toPng(const QImage &image);
    // Writes all bytes or sets `error` to why not.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

private:
    static QImage renderImage(FlameGraphView &view, QSize size);
    static QByteArray renderSvg(FlameGraphView &view, QSize size, const QString &title);
};

} // namespace eg::views
