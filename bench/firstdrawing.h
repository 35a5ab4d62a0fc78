#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QString>

namespace eg::bench {

// In the app the window has been drawn before a chart shows; in a bench nothing has, so
// the process's first drawing (touching the image's memory, loading the font, filling the
// glyph cache) would land in the first frame timed. Benches draw it first, and say so.
inline void drawFirstText(QImage &image, const QFont &font)
{
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(QRect(0, 0, 100, 100), QColor(0, 0, 0, 0x1c));
    painter.setFont(font);
    painter.drawText(QPointF(0, 20),
                     QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ "
                                    "abcdefghijklmnopqrstuvwxyz "
                                    "0123456789 _.:/()[]<>-+*%…"));
}

} // namespace eg::bench
