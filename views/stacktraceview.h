#pragma once

#include "models/item/errordetails.h"

#include <QList>
#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace eg::views {

// One exception's stack trace, newest call on top (the line that raised it first), as
// developers read it. The app's own frames stand out, with the source lines around the one
// that ran highlighted; each run of library and runtime frames between them is folded into
// one row ("7 library frames") that opens on a click.
class StackTraceView : public QWidget
{
    Q_OBJECT

public:
    // What one row shows: frames [first, first + count) of the list, newest first; a
    // folded row stands for a run of library frames.
    struct Row
    {
        int first = 0;
        int count = 1;
        bool folded = false;
    };
    // Runs of two or more library frames fold; when no frame is the app's own there is
    // nothing to tell apart, so nothing folds.
    static QList<Row> rowsOf(const QList<itemmodels::ErrorFrame> &frames);

    explicit StackTraceView(QWidget *parent = nullptr);

    void setFrames(const QList<itemmodels::ErrorFrame> &frames);
    // The fold rows' buttons, top to bottom; checking one opens its frames.
    const QList<QToolButton *> &foldButtons() const { return m_foldButtons; }
    // The app's own frames' boxes, top to bottom (object name "appFrame").
    const QList<QWidget *> &appFrameWidgets() const { return m_appFrames; }

private:
    QWidget *appFrameWidget(const itemmodels::ErrorFrame &frame);
    QWidget *libraryFrameWidget(const itemmodels::ErrorFrame &frame);
    QWidget *foldWidget(const QList<itemmodels::ErrorFrame> &frames);

    QVBoxLayout *m_layout;
    QList<QToolButton *> m_foldButtons;
    QList<QWidget *> m_appFrames;
};

} // namespace eg::views
