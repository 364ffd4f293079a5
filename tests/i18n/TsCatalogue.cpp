#include "tests/i18n/TsCatalogue.h"

#include <QFile>
#include <QXmlStreamReader>

namespace custos::test {
namespace {

// Reads one <message>; the reader stands on its start element and ends on its end element.
TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(u"numerus") == u"yes";
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"location") {
            if (message.location.isEmpty())
                message.location = xml.attributes().value(u"filename").toString() + u':' +
                                   xml.attributes().value(u"line").toString();
            xml.skipCurrentElement();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type").toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

Result<TsCatalogue> TsCatalogue::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the catalogue: %1").arg(file.errorString()), path);
    TsCatalogue catalogue;
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"TS")
        return fail(QStringLiteral("not a Qt Linguist catalogue (no <TS> root)"), path,
                    int(xml.lineNumber()));
    catalogue.language = xml.attributes().value(u"language").toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                catalogue.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return fail(xml.errorString(), path, int(xml.lineNumber()), int(xml.columnNumber()));
    return catalogue;
}

} // namespace custos::test
