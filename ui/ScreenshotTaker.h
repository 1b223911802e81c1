#pragma once

#include <QSize>
#include <QString>

namespace gatehouse {

// Makes the picture in docs/images/editor.png: the demo project with
// create_transaction selected, at a fixed size, without reading or writing
// the user's settings.
class ScreenshotTaker
{
public:
    // Returns a process exit status.
    // `allDocks` opens History, Request Log and Problems too.
    static int run(const QString &path, QSize size = QSize(1360, 820), bool allDocks = false);
    static void applyDarkPalette();
};

} // namespace gatehouse
