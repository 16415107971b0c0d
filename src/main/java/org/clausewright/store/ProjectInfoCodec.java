package org.clausewright.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.Category;
import org.clausewright.model.Delegation;
import org.clausewright.model.Extras;
import org.clausewright.model.Languages;
import org.clausewright.model.Meeting;
import org.clausewright.model.Member;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.SourceDocument;

import java.util.ArrayList;
import java.util.List;

/** project.json: the draft's title, members, categories and sources, and the parties of the negotiation. */
final class ProjectInfoCodec {
    private ProjectInfoCodec() {
    }

    static byte[] encode(ProjectInfo info) {
        return JsonFormat.write(g -> {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", JsonFormat.SCHEMA_VERSION);
            g.writeStringField("id", info.id());
            g.writeStringField("title", info.title());
            g.writeStringField("subtitle", info.subtitle());
            g.writeArrayFieldStart("members");
            for (Member m : info.members()) {
                g.writeStartObject();
                g.writeStringField("name", m.name());
                g.writeStringField("affiliation", m.affiliation());
                g.writeStringField("role", m.role());
                g.writeStringField("initials", m.initials());
                g.writeStringField("delegation", m.delegation());
                JsonFormat.writeExtras(g, m.extras());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("categories");
            for (Category c : info.categories()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("name", c.name());
                JsonFormat.writeExtras(g, c.extras());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sources");
            for (SourceDocument s : info.sources()) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("title", s.title());
                g.writeStringField("citation", s.citation());
                g.writeStringField("url", s.url());
                JsonFormat.writeExtras(g, s.extras());
                g.writeEndObject();
            }
            g.writeEndArray();
            PartiesCodec.write(g, info);
            // after the keys of earlier versions, where those versions write them back as kept keys
            g.writeStringField("sourceLanguage", info.languages().source());
            ClauseCodec.writeStrings(g, "targetLanguages", info.languages().targets());
            JsonFormat.writeExtras(g, info.extras());
            g.writeEndObject();
        });
    }

    static ProjectInfo decode(JsonNode root, Findings findings) {
        Fields f = Schema.open(root, findings, "project.json");
        if (f == null) {
            return null;
        }
        String id = Schema.id(f, "id", "project");
        String title = f.string("title");
        String subtitle = f.optionalString("subtitle", "");
        List<Member> members = new ArrayList<>();
        for (Fields m : f.objects("members", "a member")) {
            String name = m.string("name");
            if (name.isBlank()) {
                m.problem("name", "a member needs a name");
            }
            String delegation = m.optionalString("delegation", "");
            if (!delegation.isEmpty()) {
                delegation = Schema.checkId(m, "delegation", delegation, "delegation");
            }
            members.add(new Member(name, m.optionalString("affiliation", ""), m.optionalString("role", ""),
                    m.optionalString("initials", ""), delegation, m.finish()));
        }
        List<Category> categories = new ArrayList<>();
        for (Fields c : f.objects("categories", "a category")) {
            String cid = Schema.id(c, "id", "category");
            String name = c.string("name");
            Extras extras = c.finish();
            if (cid != null) {
                categories.add(new Category(cid, name, extras));
            }
        }
        List<SourceDocument> sources = new ArrayList<>();
        for (Fields s : f.objects("sources", "a source document")) {
            String sid = Schema.id(s, "id", "source");
            String sourceTitle = s.string("title");
            String citation = s.optionalString("citation", "");
            String url = s.optionalString("url", "");
            Extras extras = s.finish();
            if (sid != null) {
                sources.add(new SourceDocument(sid, sourceTitle, citation, url, extras));
            }
        }
        List<Delegation> delegations = PartiesCodec.delegations(f);
        List<Meeting> meetings = PartiesCodec.meetings(f);
        Languages languages = languages(f);
        Extras extras = f.finish();
        return id == null ? null : new ProjectInfo(id, title, subtitle, members, categories, sources, delegations,
                meetings, languages, extras);
    }

    /** The source language (English when not given: projects made before languages were) and the targets. */
    private static Languages languages(Fields f) {
        String source = f.optionalString("sourceLanguage", Languages.DEFAULT_SOURCE);
        if (!Languages.isValidTag(source)) {
            f.problem("sourceLanguage", tagProblem("`sourceLanguage`", source));
            source = Languages.DEFAULT_SOURCE;
        }
        List<String> targets = new ArrayList<>();
        List<String> listed = f.optionalStrings("targetLanguages");
        for (int i = 0; i < listed.size(); i++) {
            String tag = listed.get(i);
            if (!Languages.isValidTag(tag)) {
                f.problem("targetLanguages/" + i, tagProblem("a target language", tag));
            } else if (tag.equals(source)) {
                f.problem("targetLanguages/" + i, "\"" + tag + "\" is the source language; a target language is "
                        + "one the clauses are translated into");
            } else if (targets.contains(tag)) {
                f.problem("targetLanguages/" + i, "\"" + tag + "\" is listed twice");
            } else {
                targets.add(tag);
            }
        }
        return new Languages(source, targets);
    }

    private static String tagProblem(String what, String tag) {
        String canonical = Languages.canonical(tag);
        return what + " \"" + tag + "\" is not a language tag" + (canonical != null && !canonical.equals(tag)
                ? ": write it \"" + canonical + "\"" : " (BCP 47, such as fr, ar or zh-CN)");
    }
}
