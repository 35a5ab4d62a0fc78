#include "stacktraceview.h"

#include <QFontDatabase>
#include <QFrame>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace eg::views {

using itemmodels::ErrorFrame;

namespace {

// Who wrote a library frame's code, for the fold's summary: the npm package, the
// runtime ("node"), or the module.
QString ownerOf(const ErrorFrame &frame)
{
    static const QLatin1String modules("node_modules/");
    const qsizetype at = frame.file.lastIndexOf(modules);
    if (at >= 0) {
        const QStringList parts = frame.file.mid(at + modules.size()).split(QLatin1Char('/'));
        if (parts.value(0).startsWith(QLatin1Char('@')) && parts.size() > 1)
            return parts[0] + QLatin1Char('/') + parts[1];
        return parts.value(0);
    }
    const qsizetype colon = frame.file.indexOf(QLatin1Char(':'));
    if (colon > 1 && !frame.file.startsWith(QLatin1Char('/')))
        return frame.file.left(colon); // "node:events" → "node"
    return frame.module.isEmpty() ? frame.file.section(QLatin1Char('/'), -1) : frame.module;
}

// "@sentry/core, node": who wrote the frames, each named once, in order.
QString ownersOf(const QList<ErrorFrame> &frames)
{
    QStringList owners;
    for (const ErrorFrame &frame : frames)
        if (const QString owner = ownerOf(frame); !owner.isEmpty() && !owners.contains(owner))
            owners << owner;
    return owners.join(QStringLiteral(", "));
}

QString functionName(const ErrorFrame &frame)
{
    return frame.function.isEmpty() || frame.function == QLatin1String("?")
        ? StackTraceView::tr("(anonymous function)")
        : frame.function;
}

QString locationWithColumn(const ErrorFrame &frame)
{
    QString text = frame.location();
    if (frame.column > 0 && frame.line > 0)
        text += QLatin1Char(':') + QString::number(frame.column);
    return text;
}

// The source lines around the one that ran, numbered, that line highlighted.
QString contextHtml(const ErrorFrame &frame)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\" width=\"100%\">");
    const auto row = [&](int number, const QString &code, bool current) {
        html += current ? QStringLiteral("<tr style=\"background-color:#fff1b8\">")
                        : QStringLiteral("<tr>");
        html += QStringLiteral("<td align=\"right\" style=\"color:#8a8a8a\">")
            + (number > 0 ? QString::number(number) : QString()) + QStringLiteral("&nbsp;</td>");
        const QString escaped = code.toHtmlEscaped();
        html += QStringLiteral("<td width=\"100%\" style=\"white-space:pre\">")
            + (current ? QStringLiteral("<b>") + escaped + QStringLiteral("</b>") : escaped)
            + QStringLiteral("</td></tr>");
    };
    const int first = frame.line > 0 ? frame.line - int(frame.preContext.size()) : 0;
    for (qsizetype i = 0; i < frame.preContext.size(); ++i)
        row(first > 0 ? first + int(i) : 0, frame.preContext[i], false);
    row(frame.line, frame.contextLine, true);
    for (qsizetype i = 0; i < frame.postContext.size(); ++i)
        row(frame.line > 0 ? frame.line + 1 + int(i) : 0, frame.postContext[i], false);
    return html + QStringLiteral("</table>");
}

} // namespace

QList<StackTraceView::Row> StackTraceView::rowsOf(const QList<ErrorFrame> &frames, int sharedOldest)
{
    const int own = int(frames.size()) - std::clamp(sharedOldest, 0, int(frames.size()));
    const bool anyInApp = std::any_of(frames.begin(), frames.begin() + own,
                                      [](const ErrorFrame &f) { return f.inApp; });
    QList<Row> rows;
    int i = 0;
    while (i < own) {
        int end = i + 1;
        if (anyInApp && !frames[i].inApp)
            while (end < own && !frames[end].inApp)
                ++end;
        if (end - i >= 2) {
            rows.append({i, end - i, true, false});
        } else {
            for (int j = i; j < end; ++j)
                rows.append({j, 1, false, false});
        }
        i = end;
    }
    if (own < int(frames.size()))
        rows.append({own, int(frames.size()) - own, true, true});
    return rows;
}

StackTraceView::StackTraceView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

void StackTraceView::setFrames(const QList<ErrorFrame> &frames, int sharedOldest,
                               const QString &sharedWith)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_foldButtons.clear();
    m_appFrames.clear();
    if (frames.isEmpty()) {
        auto *none = new QLabel(tr("No stack trace was sent with this exception."), this);
        none->setStyleSheet(QStringLiteral("color: #707070"));
        m_layout->addWidget(none);
        return;
    }
    for (const Row &row : rowsOf(frames, sharedOldest)) {
        const QList<ErrorFrame> folded = frames.mid(row.first, row.count);
        if (row.shared)
            m_layout->addWidget(foldWidget(
                folded,
                tr("%n older frames, the same as in %1 above", nullptr, row.count).arg(sharedWith),
                tr("The calls that led here are the ones already shown above. Click to show "
                   "them again.")));
        else if (row.folded)
            m_layout->addWidget(
                foldWidget(folded,
                           tr("%n library frames", nullptr, row.count) + QStringLiteral(" (")
                               + ownersOf(folded) + QLatin1Char(')'),
                           tr("Code of libraries and the runtime, not your own: usually not where "
                              "the problem is. Click to show these frames.")));
        else if (frames[row.first].inApp)
            m_layout->addWidget(appFrameWidget(frames[row.first]));
        else
            m_layout->addWidget(libraryFrameWidget(frames[row.first]));
    }
}

QWidget *StackTraceView::appFrameWidget(const ErrorFrame &frame)
{
    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("appFrame"));
    // The box is light in any theme, so its text is dark in any theme too.
    box->setStyleSheet(QStringLiteral("QFrame#appFrame { border-left: 4px solid #1565c0; "
                                      "background: #f3f7fd; } "
                                      "QFrame#appFrame QLabel { color: #1f1f1f; }"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 4, 6, 4);
    layout->setSpacing(2);
    auto *title = new QLabel(box);
    title->setObjectName(QStringLiteral("frameTitle"));
    title->setTextFormat(Qt::RichText);
    title->setText(
        QStringLiteral("<b>%1</b> &nbsp; %2 &nbsp; <span style=\"color:#1565c0\">%3</span>")
            .arg(functionName(frame).toHtmlEscaped(), locationWithColumn(frame).toHtmlEscaped(),
                 tr("your code").toHtmlEscaped()));
    title->setToolTip(frame.file);
    layout->addWidget(title);
    if (!frame.contextLine.isEmpty()) {
        auto *code = new QLabel(box);
        code->setObjectName(QStringLiteral("frameContext"));
        code->setTextFormat(Qt::RichText);
        code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        code->setTextInteractionFlags(Qt::TextSelectableByMouse);
        code->setText(contextHtml(frame));
        // Long source lines are cut at the page's edge rather than widening the whole page.
        code->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        code->setToolTip(frame.contextLine.trimmed());
        layout->addWidget(code);
    }
    m_appFrames.append(box);
    return box;
}

QWidget *StackTraceView::libraryFrameWidget(const ErrorFrame &frame)
{
    auto *label = new QLabel(this);
    // The app's own frames among the shared ones are listed the same way, saying whose.
    label->setObjectName(frame.inApp ? QStringLiteral("foldedAppFrame")
                                     : QStringLiteral("libraryFrame"));
    label->setTextFormat(Qt::RichText);
    label->setContentsMargins(12, 1, 4, 1);
    label->setText(QStringLiteral("<span style=\"color:#707070\">%1 &nbsp; %2 &nbsp; (%3)</span>")
                       .arg(functionName(frame).toHtmlEscaped(),
                            locationWithColumn(frame).toHtmlEscaped(),
                            (frame.inApp ? tr("your code") : ownerOf(frame)).toHtmlEscaped()));
    label->setToolTip(frame.contextLine.isEmpty()
                          ? frame.file
                          : frame.file + QLatin1Char('\n') + frame.contextLine.trimmed());
    return label;
}

QWidget *StackTraceView::foldWidget(const QList<ErrorFrame> &frames, const QString &summary,
                                    const QString &toolTip)
{
    auto *fold = new QWidget(this);
    auto *layout = new QVBoxLayout(fold);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *button = new QToolButton(fold);
    button->setObjectName(QStringLiteral("libraryFold"));
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setArrowType(Qt::RightArrow);
    button->setText(summary);
    button->setToolTip(toolTip);
    auto *frameList = new QWidget(fold);
    auto *listLayout = new QVBoxLayout(frameList);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(1);
    for (const ErrorFrame &frame : frames)
        listLayout->addWidget(libraryFrameWidget(frame));
    frameList->hide();
    connect(button, &QToolButton::toggled, frameList, [button, frameList](bool open) {
        button->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        frameList->setVisible(open);
    });
    layout->addWidget(button, 0, Qt::AlignLeft);
    layout->addWidget(frameList);
    m_foldButtons.append(button);
    return fold;
}

} // namespace eg::views
