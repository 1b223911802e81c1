#pragma once

#include "engine/DetectedParameters.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace gatehouse {

class DetectDataController;

// The small non-modal window of "Detect data": the URL it waits on with a
// curl example, then the keys the call brought with their types, to apply
// or discard. Closing it stops listening. The controller does the work.
class DetectDataDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DetectDataDialog(DetectDataController *controller, QWidget *parent = nullptr);

    // Listens for `workflow` and shows what it waits for, or why it cannot.
    void detect(const QString &workflow);

    QTableWidget *detectedTable() const { return m_table; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *messageLabel() const { return m_message; }

    void reject() override;

private:
    QWidget *buildWaitingPage();
    QWidget *buildDetectedPage();
    QWidget *buildMessagePage();
    void showPage(int index);
    void showWaiting(const QString &workflow, const QString &url);
    void showDetected(const DetectedParameters &detected);
    void showMessage(const QString &message);
    void fillTable(const DetectedParameters &detected);
    void applyDetected();

    DetectDataController *m_controller;
    QStackedWidget *m_pages;
    QLabel *m_waitingFor;
    QPlainTextEdit *m_curl;
    QPushButton *m_copy;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_ignored;
    QLabel *m_replaces;
    QPushButton *m_apply;
    QPushButton *m_discard;
    QLabel *m_message;
    std::optional<DetectedParameters> m_detected;
};

} // namespace gatehouse
