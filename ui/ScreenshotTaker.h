#pragma once

#include <QString>

namespace gatehouse {

// Makes the picture in docs/images/editor.png: the demo project with
// create_transaction selected, at a fixed size, without reading or writing
// the user's settings.
class ScreenshotTaker
{
public:
    // Returns a process exit status.
    static int run(const QString &path);
    static void applyDarkPalette();
};

} // namespace gatehouse
