package vn.doingoai.overseas;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import vn.doingoai.money.Money;

/**
 * Reads a donation's {@code value}: a value without its amount is refused at {@code value.amount}
 * (the problem names the missing field, not the whole value), and without its currency at {@code
 * value.currency}.
 */
class DonationValueReader extends ValueDeserializer<Money> {

    @Override
    public Money deserialize(JsonParser parser, DeserializationContext context) {
        JsonNode node = context.readTree(parser);
        if (node != null && node.isObject()) {
            for (String part : new String[] {"amount", "currency"}) {
                JsonNode value = node.get(part);
                if (value == null || value.isNull()) {
                    throw (MismatchedInputException)
                            MismatchedInputException.from(parser, Money.class, "A donation's value needs its " + part)
                                    .prependPath(node, part);
                }
            }
        }
        return context.readTreeAsValue(node, Money.class);
    }
}
