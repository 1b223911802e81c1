#include "ExpressionEdit.h"

#include "ConditionRowsEditor.h"
#include "SourceMenu.h"
#include "StatusColors.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

ExpressionEdit::ExpressionEdit(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_message(new QLabel(this)),
      m_completer(new QCompleter(this)), m_words(new QStringListModel(this)),
      m_rows(new ConditionRowsEditor(this)), m_rowsButton(new QToolButton(this)),
      m_pickButton(SourceMenu::button(this, u"pickExpression"_s,
                                      tr("Insert dynamic data: pick a data source, then its "
                                         "fields")))
{
    // Clicking it must not take the focus from the line: a table cell's
    // editor closes when its line loses the focus.
    m_pickButton->setFocusPolicy(Qt::NoFocus);
    m_pickButton->hide();
    connect(m_pickButton->menu(), &QMenu::aboutToShow, this, &ExpressionEdit::fillPickMenu);
    m_rows->hide();
    m_rowsButton->setText(tr("Rows"));
    m_rowsButton->setCheckable(true);
    m_rowsButton->hide();
    m_rowsButton->setObjectName(u"rowsToggle"_s);
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
    auto *line = new QHBoxLayout;
    line->setSpacing(4);
    line->addWidget(m_edit, 1);
    line->addWidget(m_pickButton);
    line->addWidget(m_rowsButton, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(line);
    layout->addWidget(m_rows);
    layout->addWidget(m_message);
    connect(m_rowsButton, &QToolButton::toggled, this, &ExpressionEdit::showRows);
    connect(m_rowsButton, &QToolButton::clicked, this,
            [this](bool rows) { m_rowsWanted = rows && showsRows(); });
    connect(m_rows, &ConditionRowsEditor::textEdited, this, [this](const QString &text) {
        m_edit->setText(text);
        recheck();
        announce(text, m_rows->lastEditByClick());
    });
    setFocusProxy(m_edit);
    // As tall as its line, rows and message: a form with room to spare
    // must not stretch it and float the line edit away from its label.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        recheck();
        updateRowsButton();
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
    if (showsRows() && m_rows->text() != text && !m_rows->setText(text))
        m_rowsButton->setChecked(false);
    // Undo may step back to a row half built ("Current User's admin is"),
    // which shows as text; the rows come back with a text they can hold,
    // unless the builder is typing in the line.
    if (m_rowsWanted && !showsRows() && !m_edit->hasFocus() && ConditionRowsEditor::canShow(text))
        m_rowsButton->setChecked(true);
    updateRowsButton();
    recheck();
}

void ExpressionEdit::setupAsCondition(const QString &objectName, const QString &toolTip)
{
    m_edit->setObjectName(objectName);
    setPlaceholderText(tr("Always runs"));
    setRowsAllowed(true);
    setToolTip(toolTip);
}

void ExpressionEdit::setRowsAllowed(bool allowed)
{
    m_rowsButton->setVisible(allowed);
    if (!allowed)
        m_rowsButton->setChecked(false);
    updateRowsButton();
}

bool ExpressionEdit::showsRows() const
{
    return m_rowsButton->isChecked();
}

void ExpressionEdit::showRows(bool rows)
{
    if (rows && !m_rows->setText(m_edit->text())) {
        m_rowsButton->setChecked(false);
        return;
    }
    m_rows->setVisible(rows);
    m_edit->setVisible(!rows);
    setFocusProxy(rows ? static_cast<QWidget *>(m_rows) : m_edit);
}

void ExpressionEdit::updateRowsButton()
{
    const bool representable = ConditionRowsEditor::canShow(m_edit->text());
    m_rowsButton->setEnabled(representable || showsRows());
    m_rowsButton->setToolTip(representable
                                 ? tr("Build the condition as rows of source, operator and value")
                                 : tr("This condition uses not or parentheses; edit it as text"));
}

void ExpressionEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void ExpressionEdit::setContext(const ExpressionChecker::Context &context)
{
    m_context = context;
    // The panel sets the context after every edit, keystrokes included:
    // resetting an unchanged list would close the completion popup.
    const QStringList words = ExpressionChecker::completions(context);
    if (words != m_words->stringList())
        m_words->setStringList(words);
    m_rows->setCompletions(words);
    m_rows->setContext(context);
    recheck();
}

void ExpressionEdit::setPickAllowed(bool allowed)
{
    m_pickButton->setVisible(allowed);
}

QMenu *ExpressionEdit::pickMenu()
{
    fillPickMenu();
    return m_pickButton->menu();
}

void ExpressionEdit::fillPickMenu()
{
    QMenu *menu = m_pickButton->menu();
    menu->clear();
    const auto wanted = ExpressionChecker::expectedType(m_context);
    const auto choose = [this](const QString &text) { this->choose(text); };
    if (!wanted || wanted->isEmpty() || *wanted == expr::ValueType::yesNo()) {
        for (const QString &word : {u"yes"_s, u"no"_s})
            menu->addAction(word, this, [=] { choose(word); });
        menu->addSeparator();
    }
    SourceMenu::fill(menu, m_context, wanted, choose);
}

// A value is one expression: the pick takes its place, as typing it over
// the whole value would.
void ExpressionEdit::choose(const QString &text)
{
    m_edit->setText(text);
    m_edit->setFocus();
    recheck();
    updateRowsButton();
    announce(text, true);
    emit picked();
}

void ExpressionEdit::announce(const QString &text, bool byClick)
{
    m_clicking = byClick;
    emit textEdited(text);
    m_clicking = false;
}

QString ExpressionEdit::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ExpressionEdit::recheck()
{
    const Diagnostics diagnostics = ExpressionChecker::check(m_edit->text(), m_context);
    if (diagnostics.isEmpty()) {
        showMessage({}, false);
        return;
    }
    const Diagnostic &first = diagnostics.first();
    QString text = first.position >= 0
                       ? tr("column %1: %2").arg(first.position + 1).arg(first.message)
                       : first.message;
    if (!first.help.isEmpty())
        text += u"\n"_s + first.help;
    showMessage(text, first.isError());
}

void ExpressionEdit::showMessage(const QString &text, bool isError)
{
    const QString before = message();
    if (text.isEmpty()) {
        m_message->hide();
        m_message->clear();
    } else {
        m_message->setText(text);
        // Readable on what is behind it, light or dark: the panel, or the
        // table cell's base when the field edits a cell (a label there
        // draws with the Text role, not WindowText).
        QPalette palette = m_message->palette();
        const QColor behind = palette.color(m_message->backgroundRole());
        const QColor color = StatusColors::readableOn(
            isError ? StatusColors::error(palette) : StatusColors::warning(palette), behind);
        palette.setColor(QPalette::WindowText, color);
        palette.setColor(QPalette::Text, color);
        m_message->setPalette(palette);
        m_message->show();
    }
    if (message() != before)
        emit messageChanged(message());
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
    m_completer->complete(popupAnchor());
}

// The popup opens under the rect it is given: the line and, when it shows,
// the message under it, so the builder still reads what is wrong.
QRect ExpressionEdit::popupAnchor() const
{
    QRect anchor = m_edit->rect();
    if (m_message->isVisible()) {
        // Both are this widget's children: the message's place from the line's.
        const QRect message = m_message->geometry().translated(-m_edit->pos());
        // The popup starts on the anchor's last row: one more keeps it off the text.
        anchor = anchor.united(QRect(0, message.top(), m_edit->width(), message.height() + 1));
    }
    return anchor;
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
