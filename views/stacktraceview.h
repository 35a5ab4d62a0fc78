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
    // folded row stands for a run of library frames, or for the oldest frames a cause shares
    // with the exception it caused (`shared`).
    struct Row
    {
        int first = 0;
        int count = 1;
        bool folded = false;
        bool shared = false;
    };
    // Runs of two or more library frames fold; when no frame is the app's own there is
    // nothing to tell apart, so nothing folds. The last `sharedOldest` frames fold into one.
    static QList<Row> rowsOf(const QList<itemmodels::ErrorFrame> &frames, int sharedOldest = 0);

    explicit StackTraceView(QWidget *parent = nullptr);

    // `sharedOldest` frames at the bottom are the same as those of `sharedWith` (the
    // exception above, which this one caused) and fold into one row saying so.
    void setFrames(const QList<itemmodels::ErrorFrame> &frames, int sharedOldest = 0,
                   const QString &sharedWith = {});
    // The fold rows' buttons, top to bottom; checking one opens its frames.
    const QList<QToolButton *> &foldButtons() const { return m_foldButtons; }
    // The app's own frames' boxes, top to bottom (object name "appFrame").
    const QList<QWidget *> &appFrameWidgets() const { return m_appFrames; }

private:
    QWidget *appFrameWidget(const itemmodels::ErrorFrame &frame);
    QWidget *libraryFrameWidget(const itemmodels::ErrorFrame &frame);
    QWidget *foldWidget(const QList<itemmodels::ErrorFrame> &frames, const QString &summary,
                        const QString &toolTip);

    QVBoxLayout *m_layout;
    QList<QToolButton *> m_foldButtons;
    QList<QWidget *> m_appFrames;
};

} // namespace eg::views
