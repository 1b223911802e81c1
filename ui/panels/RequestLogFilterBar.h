#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace gatehouse {

class RequestLogFilterModel;

// The Request Log's filters in one row: what was called, the class of the
// answer, the caller and free text, then how many rows that leaves. The
// target and caller choices are those the log holds, gathered only while
// the bar is shown.
class RequestLogFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogFilterBar(RequestLogFilterModel *filter, QWidget *parent = nullptr);

    QComboBox *targetCombo() const { return m_target; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *callerCombo() const { return m_caller; }
    QLineEdit *textEdit() const { return m_text; }
    QLabel *countLabel() const { return m_count; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void gather(int first, int last);
    void regather();
    static void addChoice(QComboBox *combo, const QString &choice);
    void scheduleCount();
    void updateCount();

    RequestLogFilterModel *m_filter;
    QComboBox *m_target;
    QComboBox *m_status;
    QComboBox *m_caller;
    QLineEdit *m_text;
    QLabel *m_count;
    QTimer m_countLater;
};

} // namespace gatehouse
