#include "ScreenshotTaker.h"

#include "MainWindow.h"
#include "files/FileController.h"

#include <QApplication>
#include <QPalette>
#include <QPixmap>
#include <QStyleFactory>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

int ScreenshotTaker::run(const QString &path)
{
    MainWindow::Options options;
    options.restoreLayout = false;
    MainWindow window(std::move(options));
    window.files()->openDemo();
    window.selectWorkflow(u"create_transaction"_s);
    window.resize(1360, 820);
    window.show();
    QApplication::processEvents();
    const bool saved = window.grab().save(path);
    QTextStream(saved ? stdout : stderr)
        << (saved ? u"wrote %1\n"_s : u"cannot write %1\n"_s).arg(path);
    return saved ? 0 : 1;
}

void ScreenshotTaker::applyDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x35, 0x3a));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xe6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Mid, QColor(0x4a, 0x4d, 0x54));
    dark.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    QApplication::setPalette(dark);
}

} // namespace gatehouse
