#include "ScreenshotTaker.h"

#include "EditorPalette.h"
#include "EditorStyle.h"
#include "MainWindow.h"
#include "files/FileController.h"

#include <QApplication>
#include <QDockWidget>
#include <QPalette>
#include <QPixmap>
#include <QStyleFactory>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

int ScreenshotTaker::run(const QString &path, QSize size, bool allDocks)
{
    MainWindow::Options options;
    options.restoreLayout = false;
    MainWindow window(std::move(options));
    window.files()->openDemo();
    window.selectWorkflow(u"create_transaction"_s);
    if (allDocks) {
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show();
    }
    window.resize(size);
    window.show();
    QApplication::processEvents();
    const bool saved = window.grab().save(path);
    QTextStream(saved ? stdout : stderr)
        << (saved ? u"wrote %1\n"_s : u"cannot write %1\n"_s).arg(path);
    return saved ? 0 : 1;
}

void ScreenshotTaker::applyDarkPalette()
{
    QApplication::setStyle(new EditorStyle(QStyleFactory::create(u"Fusion"_s)));
    EditorPalette::apply(EditorPalette::dark());
}

} // namespace gatehouse
