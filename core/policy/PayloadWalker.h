#pragma once

#include "core/policy/PayloadText.h"

#include <QJsonValue>

namespace custos {

// The walk behind PayloadText::scan: every string of a JSON body, with the few exceptions
// PayloadText describes. One walker per body.
class PayloadWalker
{
public:
    explicit PayloadWalker(PayloadScan &out)
        : m_out(out)
    {}

    void walk(const QJsonObject &body);

private:
    // freeForm: inside an object whose member names the caller chooses (metadata, a tool's input or
    // schema): names are scanned too, and no field there is structural.
    void visit(const QJsonValue &value, bool freeForm);
    void visitObject(const QJsonObject &object, bool freeForm);
    void visitMember(const QString &key, const QJsonValue &value, bool freeForm);
    void visitString(const QString &text);
    void visitBase64Source(const QJsonObject &source);
    void addText(QString text, TextEncoding encoding = TextEncoding::Plain, QString prefix = {});
    void addEmbedded(const QString &mediaType, const QString &base64, TextEncoding encoding,
                     const QString &prefix);
    void addUnreadable(QString why);

    PayloadScan &m_out;
    std::vector<PathSegment> m_path;
};

} // namespace custos
