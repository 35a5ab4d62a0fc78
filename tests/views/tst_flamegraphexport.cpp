// The flame graph written to SVG and PNG, both as on screen and whole, checked by what
// the files hold: elements and text for SVG, size and pixels for PNG.
#include "tests/analysis/testprofiles.h"

#include "models/analysis/flamegraphlayout.h"
#include "views/flamegraphexporter.h"
#include "views/flamegraphgeometry.h"
#include "views/flamegraphview.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace eg;
using views::FlameGraphExporter;
using views::FlameGraphGeometry;
using views::FlameGraphView;

namespace {

views::LoadedProfile loadedFrom(const QStringList &lines)
{
    views::LoadedProfile loaded;
    auto profile = std::make_shared<const store::ProfileData>(tests::profileFromFolded(lines));
    auto tree = std::make_shared<const analysis::CallTree>(*profile);
    loaded.layout = std::make_shared<const analysis::FlameGraphLayout>(*tree);
    loaded.profile = std::move(profile);
    loaded.tree = std::move(tree);
    return loaded;
}

// Five rows deep, so that "whole" has to be taller than a short window.
QStringList deepLines()
{
    return {QStringLiteral("main;load_config;parse_json;read_file;syscall 5"),
            QStringLiteral("main;load_config 1"), QStringLiteral("main;render 3"),
            QStringLiteral("main 1")};
}

struct SvgContent
{
    int rects = 0;
    QStringList texts;
    bool wellFormed = false;
};

SvgContent readSvg(const QByteArray &svg)
{
    SvgContent content;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("rect"))
            ++content.rects;
        else if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            content.texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    content.wellFormed = !xml.hasError();
    return content;
}

} // namespace

class TestFlameGraphExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void wholePngHasEveryRowAndTheRootOnTop()
    {
        const auto loaded = loadedFrom(deepLines());
        const QImage image = FlameGraphExporter::wholeImage(loaded);
        const int rowHeight = FlameGraphView().rowHeight();
        QCOMPARE(image.size(), QSize(FlameGraphExporter::kWholeWidth, 6 * rowHeight));
        const QColor root = FlameGraphGeometry::colour(FlameGraphGeometry::kRootColour);
        QCOMPARE(image.pixelColor(2, 2).name(), root.name());
        QCOMPARE(image.pixelColor(FlameGraphExporter::kWholeWidth - 4, 2).name(), root.name());
        // The deepest frame (syscall, half of all weight) is drawn on the last row.
        const auto &frames = loaded.profile->frames;
        auto syscall = std::find_if(frames.begin(), frames.end(),
                                    [](const store::Frame &f) { return f.name == "syscall"; });
        const QColor deepest
            = FlameGraphGeometry::colour(FlameGraphGeometry::colourForFrame(*syscall));
        QCOMPARE(image.pixelColor(4, 5 * rowHeight + 3).name(), deepest.name());
        // The PNG bytes decode to the same picture.
        const QImage decoded = QImage::fromData(FlameGraphExporter::toPng(image), "PNG");
        QCOMPARE(decoded.size(), image.size());
    }

    void visiblePngIsWhatTheViewShows()
    {
        const auto loaded = loadedFrom(deepLines());
        FlameGraphView view;
        view.setData(loaded.profile, loaded.tree, loaded.layout);
        view.resize(420, 3 * view.rowHeight());
        view.zoomToRange(0, 5); // only the syscall chain
        const QImage image = FlameGraphExporter::visibleImage(view);
        QCOMPARE(image.size(), QSize(420, 3 * view.rowHeight()));
        QImage expected(image.size(), QImage::Format_RGB32);
        {
            QPainter painter(&expected);
            view.render(painter, expected.rect());
        }
        QCOMPARE(image, expected);

        // Exporting the whole graph leaves the zoom on screen alone.
        FlameGraphExporter::wholeImage(loaded);
        QCOMPARE(view.rangeStart(), 0.0);
        QCOMPARE(view.rangeEnd(), 5.0);
    }

    void svgHasOneRectPerFrameAndTheNames()
    {
        const auto loaded = loadedFrom(deepLines());
        const QByteArray svg = FlameGraphExporter::wholeSvg(loaded, QStringLiteral("deep"));
        const SvgContent content = readSvg(svg);
        QVERIFY2(content.wellFormed, svg.left(400).constData());

        FlameGraphView view;
        view.setData(loaded.profile, loaded.tree, loaded.layout);
        const auto &geometry = view.geometryFor(
            FlameGraphExporter::wholeSize(loaded, FlameGraphExporter::kWholeWidth));
        // Every drawn frame, plus the background.
        QCOMPARE(content.rects, int(geometry.items().size()) + 1);
        QCOMPARE(int(geometry.items().size()), loaded.tree->size());
        const QString texts = content.texts.join(QLatin1Char('|'));
        QVERIFY2(texts.contains(QStringLiteral("All · 10 ms")), qPrintable(texts));
        for (const char *name : {"main", "load_config", "parse_json", "read_file", "render"})
            QVERIFY2(content.texts.contains(QLatin1String(name)), name);
        QVERIFY(svg.contains("<title>deep</title>"));
    }

    void writesFilesWholeOrNotAtAll()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const QString path = dir.filePath(QStringLiteral("out.svg"));
        QVERIFY(FlameGraphExporter::writeFile(path, "<svg/>", &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("<svg/>"));
        QVERIFY(!FlameGraphExporter::writeFile(dir.filePath(QStringLiteral("no/such/dir.svg")),
                                               "<svg/>", &error));
        QVERIFY(!error.isEmpty());
    }
};

int runFlameGraphExportTests(int argc, char *argv[])
{
    TestFlameGraphExport test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_flamegraphexport.moc"
