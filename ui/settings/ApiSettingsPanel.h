#pragma once

#include "model/ProjectSettings.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QFormLayout;
class QListWidget;
class QListWidgetItem;
class QSpinBox;

namespace gatehouse {

class EditorSession;

// Bubble's Settings > API tab: which APIs are on and what they expose, how
// tokens are accepted, lifetimes and limits. Each control says its security
// meaning in its tooltip; each edit is one undoable command, and the test
// server enforces it from the next request.
class ApiSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ApiSettingsPanel(EditorSession *session, QWidget *parent = nullptr);

    QCheckBox *checkBox(const QString &objectName) const;
    QSpinBox *spinBox(const QString &objectName) const;
    QListWidget *dataApiTypes() const { return m_types; }

private:
    struct Toggle
    {
        QCheckBox *box;
        bool ProjectSettings::*member;
    };
    struct Number
    {
        QSpinBox *box;
        std::function<qint64(const ProjectSettings &)> get;
        std::function<void(ProjectSettings &, int)> set;
    };

    void addToggle(QFormLayout *form, const QString &objectName, const QString &text,
                   bool ProjectSettings::*member, const QString &tip);
    void addNumber(QFormLayout *form, const QString &objectName, const QString &label,
                   const QString &suffix, int minimum, Number number, const QString &tip);
    void addLimits(QFormLayout *form);
    void addClientLimits(QFormLayout *form);
    void change(const ProjectSettings &settings, const QString &what, const QString &value);
    void typeToggled(QListWidgetItem *item);
    void showSettings();
    void showTypes();

    EditorSession *m_session;
    QList<Toggle> m_toggles;
    QList<Number> m_numbers;
    QListWidget *m_types;
};

} // namespace gatehouse
