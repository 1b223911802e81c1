#pragma once

#include <QPalette>

namespace gatehouse {

// The editor's palettes. A palette built with setColor(role, colour) gives
// disabled widgets the enabled colours, so a disabled menu item ("Stop Test
// Server" while stopped) looks enabled; every palette the editor applies has
// its disabled text toned down towards the background.
class EditorPalette
{
public:
    static QPalette dark();
    // `palette` with disabled text, window text and button text halfway to
    // their background where they equal the enabled ones.
    static QPalette withDistinctDisabled(QPalette palette);
    // Applies `palette` to the application, its disabled colours distinct.
    static void apply(const QPalette &palette);
};

} // namespace gatehouse
