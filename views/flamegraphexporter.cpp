#include "flamegraphexporter.h"

#include "flamegraphview.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <memory>

namespace eg::views {

namespace {

// A view of its own for the whole graph, so that exporting never disturbs the zoom,
// scroll or selection of the one on screen.
std::unique_ptr<FlameGraphView> wholeView(const LoadedProfile &loaded, const QString &searchText,
                                          int width)
{
    auto view = std::make_unique<FlameGraphView>();
    view->setData(loaded.profile, loaded.tree, loaded.layout);
    view->setSearchText(searchText);
    view->resize(FlameGraphExporter::wholeSize(loaded, width));
    return view;
}

QSize visibleSize(const FlameGraphView &view)
{
    // A view that was never shown has no size yet; its preferred one is what it would get.
    const QSize size = view.size();
    return size.isEmpty() ? view.sizeHint() : size;
}

} // namespace

QImage FlameGraphExporter::renderImage(FlameGraphView &view, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(view.palette().color(QPalette::Base));
    QPainter painter(&image);
    view.render(painter, QRect(QPoint(), size));
    return image;
}

QByteArray FlameGraphExporter::renderSvg(FlameGraphView &view, QSize size, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(), size));
    // The view's own resolution, so that text has the size relative to the bars it has on
    // screen and the file's physical size is that of the pixels.
    generator.setResolution(view.logicalDpiX());
    generator.setTitle(title);
    generator.setDescription(
        QCoreApplication::translate("FlameGraphExporter", "Flame graph exported by Emberglass"));
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    view.render(painter, QRect(QPoint(), size));
    painter.end();
    return bytes;
}

QImage FlameGraphExporter::visibleImage(FlameGraphView &view)
{
    return renderImage(view, visibleSize(view));
}

QByteArray FlameGraphExporter::visibleSvg(FlameGraphView &view, const QString &title)
{
    return renderSvg(view, visibleSize(view), title);
}

QSize FlameGraphExporter::wholeSize(const LoadedProfile &loaded, int width)
{
    const int rows = loaded.layout ? std::max(1, loaded.layout->depthCount()) : 1;
    // The row height comes from the font, as on screen; a throwaway view measures it.
    const int rowHeight = FlameGraphView().rowHeight();
    return {std::max(1, width), std::clamp(rows * rowHeight, rowHeight, kMaxHeight)};
}

QImage FlameGraphExporter::wholeImage(const LoadedProfile &loaded, const QString &searchText,
                                      int width)
{
    const auto view = wholeView(loaded, searchText, width);
    return renderImage(*view, view->size());
}

QByteArray FlameGraphExporter::wholeSvg(const LoadedProfile &loaded, const QString &title,
                                        const QString &searchText, int width)
{
    const auto view = wholeView(loaded, searchText, width);
    return renderSvg(*view, view->size(), title);
}

QByteArray FlameGraphExporter::toPng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

bool FlameGraphExporter::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    if (bytes.isEmpty()) {
        *error = QCoreApplication::translate("FlameGraphExporter", "nothing to write");
        return false;
    }
    // QSaveFile: a failed export never leaves half a file where a good one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace eg::views
