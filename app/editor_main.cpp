// The editor: Qt application, command line, main window. Everything else
// lives in gatehouse_ui.
#include "EditorPalette.h"
#include "EditorStyle.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "files/FileController.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Gatehouse"_s);
    QApplication::setApplicationName(u"Gatehouse"_s);
    QApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Design and secure backend API workflows."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"project"_s, u"The project file to open."_s, u"[project]"_s);
    const QCommandLineOption demo(u"demo"_s, u"Open the Payments demo project."_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s, u"Open the demo, save a picture of the window to FILE and quit."_s,
        u"FILE"_s);
    const QCommandLineOption dark(u"dark"_s, u"Use a dark palette (for screenshots)."_s);
    const QCommandLineOption size(u"size"_s, u"The screenshot's size, WxH (1360x820)."_s, u"WxH"_s,
                                  u"1360x820"_s);
    const QCommandLineOption allDocks(u"all-docks"_s, u"Open every dock in the screenshot."_s);
    const QCommandLineOption quitAfterShow(
        u"quit-after-show"_s,
        u"Quit once the window is first shown (the large-project benchmark times the open)."_s);
    parser.addOptions({demo, screenshot, dark, size, allDocks, quitAfterShow});
    parser.process(app);

    QApplication::setStyle(new gatehouse::EditorStyle); // the platform's, wrapped
    if (parser.isSet(dark))
        gatehouse::ScreenshotTaker::applyDarkPalette();
    else // a system palette may give disabled items the enabled colours
        gatehouse::EditorPalette::apply(QApplication::palette());
    if (parser.isSet(screenshot)) {
        const QStringList wh = parser.value(size).split(u'x');
        const QSize shotSize(wh.value(0).toInt(), wh.value(1).toInt());
        if (shotSize.isEmpty()) {
            qWarning("--size must be WxH, e.g. 1024x700");
            return 2;
        }
        return gatehouse::ScreenshotTaker::run(parser.value(screenshot), shotSize,
                                               parser.isSet(allDocks));
    }

    gatehouse::MainWindow window;
    window.files()->startUp(parser.positionalArguments().value(0), parser.isSet(demo));
    window.show();
    if (parser.isSet(quitAfterShow)) // queued after the show's own events, paint included
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    return app.exec();
}
