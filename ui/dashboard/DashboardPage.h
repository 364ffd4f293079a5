#pragma once

#include "core/surface/RiskSurface.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace custos {

class ConsoleSession;
class RiskSurfaceLoader;
class SurfaceChartGrid;
class SurfaceTableModel;

// The console's landing page: where the gateway listens, which policy version it enforces and who
// published it, what it decided over the last 24 hours and which rules fired most, how many
// exception requests wait, and the risk surface of the last 7, 30 or 90 days as charts (interactions
// per day, hits per 1,000 interactions by class, distinct values, top users and services, which
// providers and models received which classes, decisions, monitor-mode would-haves, the exception
// funnel, open alerts). The surface is computed on a pool thread (RiskSurfaceLoader); the charts
// read small table models. "Export…" writes the period's risk-surface report as a PDF
// (RiskReportExportDialog). Refreshed every few seconds while shown, the surface every minute.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshMilliseconds = 5000;
    static constexpr int SurfaceRefreshMilliseconds = 60000;

    explicit DashboardPage(ConsoleSession &session, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void refresh();
    void reloadSurface();
    QString text() const; // everything shown as text, for tests and screen readers

    bool isSurfaceLoading() const;
    const RiskSurface &surface() const { return m_surface; }
    SurfaceChartGrid *charts() const { return m_grid; }
    QList<SurfaceTableModel *> surfaceModels() const { return m_models; }

Q_SIGNALS:
    void surfaceShown(); // after a loaded surface reached the charts (or the empty state)

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QLabel *addValue(QFormLayout *form, const QString &label, const QString &name);
    QWidget *buildSurfaceControls();
    void buildCharts();
    template <typename Model> Model *addModel(Model *model);
    void showGateway(const QString &baseUrl, const QString &problem);
    void showPolicy();
    void showActivity();
    void showExceptions();
    void showSurface(const RiskSurface &surface);
    void showSurfaceProblem(const QString &message);
    void openExport();
    void updateExport();

    ConsoleSession &m_session;
    QLabel *m_gateway = nullptr;
    QLabel *m_policy = nullptr;
    QLabel *m_activity = nullptr;
    QLabel *m_rules = nullptr;
    QLabel *m_exceptions = nullptr;
    QComboBox *m_period = nullptr;
    QCheckBox *m_pseudonymise = nullptr;
    QLabel *m_surfaceStatus = nullptr;
    QPushButton *m_export = nullptr;
    QStackedWidget *m_surfaceStack = nullptr;
    QLabel *m_emptySurface = nullptr;
    SurfaceChartGrid *m_grid = nullptr;
    QList<SurfaceTableModel *> m_models;
    RiskSurfaceLoader *m_loader = nullptr;
    RiskSurface m_surface;
    QTimer m_timer;
    QTimer m_surfaceTimer;
};

} // namespace custos
