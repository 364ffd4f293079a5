#include "ui/session/InteractionDetailHtml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace custos {
namespace {

// Resolves "$.messages[2].content" style paths, the ones hits carry, inside a JSON body.
QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    static const QRegularExpression segment(QStringLiteral(R"(\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\])"));
    QJsonValue value = root;
    auto it = segment.globalMatch(path);
    while (it.hasNext()) {
        const auto match = it.next();
        value = match.capturedLength(1) > 0 ? value.toObject().value(match.captured(1))
                                            : value.toArray().at(match.captured(2).toInt());
    }
    return value;
}

QString pretty(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool() || value.isNull() || value.isUndefined())
        return {};
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace

QString InteractionDetailHtml::marked(const QString &text, QList<std::pair<int, int>> spans)
{
    // Offsets are code points; walk the text once, opening and closing marks at span edges.
    std::ranges::sort(spans);
    QString html;
    int codePoint = 0;
    qsizetype span = 0;
    bool open = false;
    for (qsizetype i = 0; i < text.size(); ++codePoint) {
        if (!open && span < spans.size() && codePoint == spans.at(span).first) {
            html += QStringLiteral("<mark>");
            open = true;
        }
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        html += text.mid(i, width).toHtmlEscaped();
        i += width;
        if (open && codePoint + 1 == spans.at(span).second) {
            html += QStringLiteral("</mark>");
            open = false;
            ++span;
        }
    }
    return html + (open ? QStringLiteral("</mark>") : QString());
}

QString InteractionDetailHtml::side(const QString &title, const QJsonValue &received,
                                    const QJsonValue &passedOn, const QList<InteractionHit> &hits)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
    // Hits carry paths into the body as received; show each hit text with its spans marked.
    QHash<QString, QList<std::pair<int, int>>> spansByPath;
    for (const InteractionHit &hit : hits)
        spansByPath[hit.path].append({int(hit.start), int(hit.end)});
    for (auto it = spansByPath.cbegin(); it != spansByPath.cend(); ++it) {
        const QJsonValue text = valueAt(received, it.key());
        if (text.isString())
            html += QStringLiteral("<p><small>%1</small><br>%2</p>")
                        .arg(it.key().toHtmlEscaped(), marked(text.toString(), it.value()));
    }
    html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
                .arg(tr("As received").toHtmlEscaped(), pretty(received).toHtmlEscaped());
    html += passedOn.isBool()
                ? QStringLiteral("<p><b>%1</b></p>").arg(tr("Passed on unchanged").toHtmlEscaped())
                : QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
                      .arg(tr("As passed on").toHtmlEscaped(), pretty(passedOn).toHtmlEscaped());
    return html;
}

QString InteractionDetailHtml::render(const EvidenceEvent &event)
{
    if (event.tombstoned)
        return tr("<p>This interaction's payload was erased by retention; its digest keeps the chain.</p>");
    QString html =
        tr("<p><b>%1</b> by %2 (%3), model %4, route %5</p>")
            .arg(event.decision.toHtmlEscaped(), event.user.toHtmlEscaped(), event.service.toHtmlEscaped(),
                 event.model.toHtmlEscaped(), event.route.toHtmlEscaped());
    html += tr("<p>Rules: %1<br>Policy version: <a href=\"custos://policy/%2\">%3</a>")
                .arg(event.rules.join(QStringLiteral(", ")).toHtmlEscaped(), event.policyHash,
                     event.policyHash.left(12));
    if (!event.exceptionId.isEmpty())
        html += tr("<br>Exception: <a href=\"custos://exception/%1\">%1</a>")
                    .arg(event.exceptionId.toHtmlEscaped());
    html += QStringLiteral("</p>");
    const auto payload = InteractionPayload::fromJson(event.payload);
    if (!payload)
        return html +
               QStringLiteral("<p><b>%1</b></p>")
                   .arg(tr("The payload cannot be read: %1").arg(payload.error().toString()).toHtmlEscaped());
    QList<InteractionHit> requestHits;
    QList<InteractionHit> responseHits;
    for (const InteractionDecision &decision : payload->decisions) {
        // Stream hits count code points of the relayed text, not of a body path: not marked here.
        if (decision.stage == DecisionStage::Request)
            requestHits.append(decision.hits);
        else if (decision.stage == DecisionStage::Response)
            responseHits.append(decision.hits);
    }
    html += side(tr("Prompt"), payload->requestReceived, payload->requestForwarded, requestHits);
    html += side(tr("Response"), payload->responseReceived, payload->responseReturned, responseHits);
    return html;
}

} // namespace custos
