#include "ConditionRowsEditor.h"

#include "SourceMenu.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace gatehouse {

using expr::ConditionRow;
using expr::ConditionRows;

namespace {
bool takesNoValue(const QString &op)
{
    return !ConditionRows::takesValue(op);
}

QStringList itemsOf(const QComboBox *box)
{
    QStringList items;
    for (int i = 0; i < box->count(); ++i)
        items.append(box->itemData(i).toString());
    return items;
}
} // namespace

ConditionRowsEditor::ConditionRowsEditor(QWidget *parent)
    : QWidget(parent), m_rowsLayout(new QVBoxLayout),
      m_add(new QPushButton(tr("Add Condition"), this)), m_words(new QStringListModel(this))
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    m_add->setObjectName(u"addConditionRow"_s);
    m_add->setToolTip(tr("Add a row that must also hold (and), or may hold instead (or)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, [this] {
        ConditionRow row;
        row.joiner = m_rows.isEmpty() ? ConditionRow::Joiner::None : ConditionRow::Joiner::And;
        row.op = u"is"_s;
        addRow(row);
        m_rows.last().source->setFocus();
        announce(By::Click);
    });
}

bool ConditionRowsEditor::canShow(const QString &text)
{
    return text.trimmed().isEmpty() || ConditionRows::fromText(text).has_value();
}

bool ConditionRowsEditor::setText(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        rebuild({});
        return true;
    }
    const auto rows = ConditionRows::fromText(text);
    if (!rows)
        return false;
    rebuild(*rows);
    return true;
}

QString ConditionRowsEditor::text() const
{
    return ConditionRows::toText(rows());
}

void ConditionRowsEditor::setCompletions(const QStringList &words)
{
    // Called after every edit of the document: the rows' completers share
    // this model, so new words reach them without new completers.
    if (words != m_words->stringList())
        m_words->setStringList(words);
}

void ConditionRowsEditor::rebuild(const expr::ConditionRowList &rows)
{
    while (!m_rows.isEmpty())
        delete m_rows.takeLast().container;
    for (const ConditionRow &row : rows)
        addRow(row);
}

void ConditionRowsEditor::setContext(const ExpressionChecker::Context &context)
{
    m_context = context;
    for (const RowWidgets &row : std::as_const(m_rows))
        offerOperatorsFor(row);
}

QMenu *ConditionRowsEditor::sourceMenu(int row)
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    QMenu *menu = m_rows.at(row).pick->menu();
    fillSourceMenu(menu, m_rows.at(row).container);
    return menu;
}

QMenu *ConditionRowsEditor::valueMenu(int row)
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    QMenu *menu = m_rows.at(row).valuePick->menu();
    fillValueMenu(menu, m_rows.at(row).container);
    return menu;
}

QComboBox *ConditionRowsEditor::operatorBox(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).op : nullptr;
}

QLineEdit *ConditionRowsEditor::valueEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value : nullptr;
}

const ConditionRowsEditor::RowWidgets *ConditionRowsEditor::rowOf(QWidget *container) const
{
    for (const RowWidgets &row : m_rows) {
        if (row.container == container)
            return &row;
    }
    return nullptr;
}

void ConditionRowsEditor::fillSourceMenu(QMenu *menu, QWidget *container)
{
    menu->clear();
    SourceMenu::fill(menu, m_context, std::nullopt, [this, container](const QString &text) {
        const RowWidgets *row = rowOf(container);
        if (!row)
            return;
        row->source->setText(text);
        row->source->setCursorPosition(0); // its start says what it is
        offerOperatorsFor(*row);
        showValueFor(*row);
        announce(By::Click);
    });
}

void ConditionRowsEditor::fillValueMenu(QMenu *menu, QWidget *container)
{
    menu->clear();
    const RowWidgets *row = rowOf(container);
    if (!row)
        return;
    const auto wanted = ConditionRows::valueTypeFor(operatorOf(*row), sourceType(*row));
    const auto choose = [this, container](const QString &text) {
        if (const RowWidgets *row = rowOf(container)) {
            row->value->setText(text);
            announce(By::Click);
        }
    };
    if (!wanted || wanted->isEmpty() || *wanted == expr::ValueType::yesNo()) {
        for (const QString &word : {u"yes"_s, u"no"_s})
            menu->addAction(word, menu, [=] { choose(word); });
        menu->addSeparator();
    }
    SourceMenu::fill(menu, m_context, wanted, choose);
}

expr::ValueType ConditionRowsEditor::sourceType(const RowWidgets &row) const
{
    return ExpressionChecker::typeOf(row.source->text(), m_context)
        .value_or(expr::ValueType::empty());
}

QString ConditionRowsEditor::operatorOf(const RowWidgets &row)
{
    return row.op->currentData().toString();
}

// The operators the source's type takes, from core's grammar; an operator
// typed by hand that the type does not take stays, so no text is lost.
void ConditionRowsEditor::offerOperatorsFor(const RowWidgets &row)
{
    const QString current = operatorOf(row);
    QStringList ops = ConditionRows::operatorsFor(sourceType(row));
    if (current.isEmpty())
        ops.prepend(QString());
    else if (!ops.contains(current))
        ops.append(current);
    if (ops == itemsOf(row.op))
        return;
    row.op->clear();
    for (const QString &op : std::as_const(ops))
        row.op->addItem(op.isEmpty() ? tr("(is yes)") : op, op);
    row.op->setCurrentIndex(int(ops.indexOf(current)));
}

void ConditionRowsEditor::addRow(const ConditionRow &row)
{
    auto *container = new QWidget(this);
    RowWidgets widgets{
        container,
        new QComboBox(container),
        new QLineEdit(container),
        SourceMenu::button(container, u"pickSource"_s,
                           tr("Pick a data source, then one of its fields")),
        new QComboBox(container),
        new QLineEdit(container),
        SourceMenu::button(container, u"pickValue"_s,
                           tr("Pick a value: yes or no, or a data source of the source's type")),
        new QToolButton(container)};
    widgets.remove->setObjectName(u"removeConditionRow"_s);
    for (QToolButton *pick : {widgets.pick, widgets.valuePick}) {
        QMenu *menu = pick->menu();
        const bool value = pick == widgets.valuePick;
        connect(menu, &QMenu::aboutToShow, this, [this, menu, container, value] {
            value ? fillValueMenu(menu, container) : fillSourceMenu(menu, container);
        });
    }
    widgets.joiner->addItems({tr("and"), tr("or")});
    widgets.joiner->setCurrentIndex(row.joiner == ConditionRow::Joiner::Or ? 1 : 0);
    widgets.joiner->setVisible(!m_rows.isEmpty());
    widgets.joiner->setToolTip(tr("And: both rows must hold; or: either may"));
    widgets.source->setText(row.source);
    widgets.source->setPlaceholderText(tr("Current User's admin"));
    widgets.source->setToolTip(tr("What to test: a parameter, or a thing and its fields"));
    auto *completer = new QCompleter(m_words, widgets.source);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    widgets.source->setCompleter(completer);
    widgets.op->addItem(row.op.isEmpty() ? tr("(is yes)") : row.op, row.op);
    widgets.op->setToolTip(tr("The operators the source's type takes"));
    widgets.value->setText(row.value);
    widgets.remove->setText(u"\u2212"_s);
    widgets.remove->setToolTip(tr("Remove this row"));
    // As narrow as the property panel: the joiner on a line of its own
    // above the row; the source and its pick (long once it goes through
    // references) across the whole width; under it the operator and value.
    auto *grid = new QGridLayout(container);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    grid->addWidget(widgets.joiner, 0, 0, Qt::AlignLeft);
    grid->addWidget(widgets.source, 1, 0, 1, 2);
    grid->addWidget(widgets.pick, 1, 2);
    grid->addWidget(widgets.remove, 1, 3);
    grid->addWidget(widgets.op, 2, 0);
    grid->addWidget(widgets.value, 2, 1);
    grid->addWidget(widgets.valuePick, 2, 2);
    grid->setColumnStretch(1, 1);
    for (QComboBox *combo : {widgets.joiner, widgets.op}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == widgets.op ? 5 : 3);
    }
    widgets.source->setMinimumWidth(40);
    widgets.source->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    widgets.value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    widgets.value->setMinimumWidth(30);
    m_rowsLayout->addWidget(container);
    // A widget added to a visible parent stays hidden until told otherwise.
    container->show();
    m_rows.append(widgets);
    offerOperatorsFor(widgets);
    showValueFor(widgets);
    connect(widgets.source, &QLineEdit::textEdited, this, [this, widgets] {
        offerOperatorsFor(widgets);
        showValueFor(widgets);
        announce(By::Typing);
    });
    connect(widgets.value, &QLineEdit::textEdited, this, [this] { announce(By::Typing); });
    connect(widgets.joiner, &QComboBox::activated, this, [this] { announce(By::Click); });
    connect(widgets.op, &QComboBox::activated, this, [this, widgets] {
        showValueFor(widgets);
        announce(By::Click);
    });
    connect(widgets.remove, &QToolButton::clicked, this, [this, container] {
        removeRow(container);
        announce(By::Click);
    });
}

void ConditionRowsEditor::removeRow(QWidget *container)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).container == container) {
            m_rows.removeAt(i);
            container->deleteLater();
            break;
        }
    }
    if (!m_rows.isEmpty())
        m_rows.first().joiner->hide();
}

void ConditionRowsEditor::showValueFor(const RowWidgets &row)
{
    const bool value = !takesNoValue(operatorOf(row));
    row.value->setVisible(value);
    row.valuePick->setVisible(value);
    const auto wanted = ConditionRows::valueTypeFor(operatorOf(row), sourceType(row));
    row.value->setPlaceholderText(wanted && !wanted->isEmpty()
                                      ? tr("%1, or pick").arg(wanted->describe())
                                      : tr("yes, a number, \"text\", Current User"));
}

expr::ConditionRowList ConditionRowsEditor::rows() const
{
    expr::ConditionRowList out;
    for (const RowWidgets &widgets : m_rows) {
        ConditionRow row;
        row.joiner = out.isEmpty()                         ? ConditionRow::Joiner::None
                     : widgets.joiner->currentIndex() == 1 ? ConditionRow::Joiner::Or
                                                           : ConditionRow::Joiner::And;
        row.source = widgets.source->text().trimmed();
        row.op = operatorOf(widgets);
        row.value = takesNoValue(row.op) ? QString() : widgets.value->text().trimmed();
        out.append(row);
    }
    return out;
}

void ConditionRowsEditor::announce(By by)
{
    m_lastEditByClick = by == By::Click;
    emit textEdited(text());
}

} // namespace gatehouse
