#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace custos {

// The console's frame: a section list on the left, the selected section's screen on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Adds a section; its page gets objectName "section-<id>" so tests and styles can find it.
    void addSection(const QString &id, const QString &title, QWidget *page);
    void showSection(const QString &id);
    QStringList sectionIds() const;
    // Replaces a section's page (the placeholder until the console is signed in).
    void setSectionPage(const QString &id, QWidget *page);
    QWidget *sectionPage(const QString &id) const;
    // Hidden sections stay out of the list; what a user sees follows their role.
    void setSectionVisible(const QString &id, bool visible);
    void setSectionTitle(const QString &id, const QString &title);

private:
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
};

} // namespace custos
