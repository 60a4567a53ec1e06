package dev.onramp.diagram;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.xml.sax.SAXException;
import org.w3c.dom.Document;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What changed between two versions of a loop, element by element (every flow element: tasks, call activities,
 * events, gateways, sequence flows), by id: added, removed, or changed — its type, name, attributes or anything
 * inside it (a stage's scorecard, the variables it passes, a condition) differ. The diagram's layout and an element's
 * incoming/outgoing references are left out: a moved shape is no change, and a new flow shows as the flow itself.
 */
public final class LoopDiff {

    /** Children that only repeat what the sequence flows say, or that are elements of their own. */
    private static final Set<String> IGNORED_CHILDREN = Set.of("incoming", "outgoing");

    private LoopDiff() {
    }

    /** The changes from one deployed model to another, both given as their XML. */
    static Changes between(byte[] fromXml, byte[] toXml) {
        Map<String, FlowElement> before = elements(Bpmn.readModelFromStream(new ByteArrayInputStream(fromXml)));
        Map<String, FlowElement> after = elements(Bpmn.readModelFromStream(new ByteArrayInputStream(toXml)));
        Map<String, Element> beforeDom = dom(fromXml, before.keySet());
        Map<String, Element> afterDom = dom(toXml, after.keySet());
        List<Change> changes = new ArrayList<>();
        after.forEach((id, element) -> {
            if (!before.containsKey(id)) {
                changes.add(change(Kind.ADDED, element));
            } else if (!canonical(beforeDom.get(id), before.keySet()).equals(canonical(afterDom.get(id), after.keySet()))) {
                changes.add(change(Kind.CHANGED, element));
            }
        });
        before.forEach((id, element) -> {
            if (!after.containsKey(id)) {
                changes.add(change(Kind.REMOVED, element));
            }
        });
        changes.sort(Comparator.comparing(Change::kind).thenComparing(Change::id));
        return new Changes(List.copyOf(changes));
    }

    /** The DOM element of each of these ids; the XML was deployed by us, parsed without DTDs or entities all the same. */
    private static Map<String, Element> dom(byte[] xml, Set<String> ids) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            Map<String, Element> byId = new HashMap<>();
            NodeList all = document.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (ids.contains(e.getAttribute("id")) && !byId.containsKey(e.getAttribute("id"))) {
                    byId.put(e.getAttribute("id"), e);
                }
            }
            return byId;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read a deployed model", e);
        }
    }

    private static Map<String, FlowElement> elements(BpmnModelInstance model) {
        Map<String, FlowElement> byId = new TreeMap<>();
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if (element.getId() != null) {
                byId.put(element.getId(), element);
            }
        }
        return byId;
    }

    /** The element as text: its name, sorted attributes and children, without children that are elements of their own. */
    static String canonical(Element element, Set<String> flowElementIds) {
        StringBuilder text = new StringBuilder();
        text.append('<').append(element.getNamespaceURI()).append(':').append(element.getLocalName());
        TreeMap<String, String> attributes = new TreeMap<>();
        NamedNodeMap all = element.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Node attribute = all.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                attributes.put(attribute.getNamespaceURI() + ":" + attribute.getLocalName(), attribute.getNodeValue());
            }
        }
        attributes.forEach((name, value) -> text.append(' ').append(name).append("=\"").append(value).append('"'));
        text.append('>');
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e) {
                String childId = e.getAttribute("id");
                if (!IGNORED_CHILDREN.contains(e.getLocalName()) && !flowElementIds.contains(childId)) {
                    text.append(canonical(e, flowElementIds));
                }
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue().strip());
            }
        }
        return text.append("</>").toString();
    }

    private static Change change(Kind kind, FlowElement element) {
        return new Change(kind, element.getId(), element.getElementType().getTypeName(), element.getName());
    }

    public enum Kind {
        ADDED, REMOVED, CHANGED;

        public String messageKey() {
            return "loop.diff." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One element that changed; {@code type} is the BPMN element type, such as {@code callActivity}. */
    public record Change(Kind kind, String id, String type, String name) {
        public String label() {
            return name == null || name.isBlank() ? id : name;
        }

        public String messageKey() {
            return kind.messageKey();
        }
    }

    public record Changes(List<Change> all) {
        public List<Change> of(Kind kind) {
            return all.stream().filter(c -> c.kind() == kind).toList();
        }

        public String idsOf(Kind kind) {
            return String.join(" ", of(kind).stream().map(Change::id).toList());
        }

        public String addedIds() {
            return idsOf(Kind.ADDED);
        }

        public String changedIds() {
            return idsOf(Kind.CHANGED);
        }

        public boolean isEmpty() {
            return all.isEmpty();
        }
    }
}
