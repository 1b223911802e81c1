#include "ExpressionEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

ExpressionEdit::ExpressionEdit(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_message(new QLabel(this)),
      m_completer(new QCompleter(this)), m_words(new QStringListModel(this))
{
    m_completer->setModel(m_words);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setWidget(m_edit);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        recheck();
        complete();
        emit textEdited(text);
    });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &ExpressionEdit::insertCompletion);
}

QString ExpressionEdit::text() const
{
    return m_edit->text();
}

void ExpressionEdit::setText(const QString &text)
{
    if (m_edit->text() != text)
        m_edit->setText(text);
    recheck();
}

void ExpressionEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void ExpressionEdit::setContext(const ExpressionChecker::Context &context)
{
    m_context = context;
    m_words->setStringList(ExpressionChecker::completions(context));
    recheck();
}

QString ExpressionEdit::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ExpressionEdit::recheck()
{
    const Diagnostics diagnostics = ExpressionChecker::check(m_edit->text(), m_context);
    if (diagnostics.isEmpty()) {
        m_message->hide();
        m_message->clear();
        return;
    }
    const Diagnostic &first = diagnostics.first();
    QString text = first.position >= 0
                       ? tr("column %1: %2").arg(first.position + 1).arg(first.message)
                       : first.message;
    if (!first.help.isEmpty())
        text += u"\n"_s + first.help;
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     first.isError() ? QColor(0xd2, 0x3f, 0x4a) : QColor(0xe0, 0x8a, 0x00));
    m_message->setPalette(palette);
    m_message->show();
}

QString ExpressionEdit::wordBeforeCursor() const
{
    const QString before = m_edit->text().left(m_edit->cursorPosition());
    int start = int(before.size());
    while (start > 0 && (before.at(start - 1).isLetterOrNumber() || before.at(start - 1) == u'_'))
        --start;
    return before.mid(start);
}

void ExpressionEdit::complete()
{
    const QString word = wordBeforeCursor();
    if (word.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 && m_completer->currentCompletion() == word)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    m_completer->complete();
}

void ExpressionEdit::insertCompletion(const QString &completion)
{
    const int cursor = m_edit->cursorPosition();
    const int start = cursor - int(wordBeforeCursor().size());
    QString text = m_edit->text();
    text.replace(start, cursor - start, completion);
    m_edit->setText(text);
    m_edit->setCursorPosition(start + int(completion.size()));
    recheck();
    emit textEdited(text);
}

} // namespace gatehouse
