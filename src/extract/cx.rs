//! The drafting context of one document ([`Cx`]): the entities and
//! relations drafted so far, each entity's mentions with their evidence
//! sentences, and the committee tree each committee code implies. Every
//! rule of extraction writes through it.

use super::committees::{committee_type, is_name_key, is_root_body, known_name, parent_key};
use super::{bodies, evidence_text, sentence_bounds};
use crate::model::builder::{DraftNode, EntityDraft, EntityRef, RelationDraft};
use crate::model::{DatedFact, Document, EntityKind, RelationKind};
use rustc_hash::{FxHashMap, FxHashSet};

/// The kind and type of a body committees hang from.
fn root_body(key: &str) -> (EntityKind, &'static str) {
    if let Some(b) = bodies::body(key) {
        return (b.kind, b.etype);
    }
    match key {
        "SAC" | "MIIT" => (EntityKind::Authority, "authority"),
        "CCSA" => (EntityKind::Organization, "association"),
        // CEN and CENELEC together (their joint committees).
        k if k.starts_with("CEN") => (EntityKind::Organization, "european"),
        _ => (EntityKind::Organization, "international"),
    }
}

/// What has been drafted from one document so far.
pub(crate) struct Cx<'a> {
    pub(crate) doc: &'a Document,
    pub(super) rec_of: Vec<Option<u32>>,
    pub(super) entities: Vec<EntityDraft>,
    pub(super) relations: Vec<RelationDraft>,
    /// (record ordinal, index in `entities`) pairs already linked by `mentions`.
    mentioned: FxHashSet<(u32, usize)>,
    /// Relations drafted so far, to their index in `relations`.
    linked: FxHashMap<(EntityRef, RelationKind, EntityRef), usize>,
    /// Committees whose parent chain is already drafted (and whether it was inferred).
    parented: FxHashSet<(usize, bool)>,
    /// Where each entity's draft sits in `entities`, by kind then key.
    index: Vec<FxHashMap<String, usize>>,
    /// Problems noticed while reading (implausible dates).
    pub(crate) warnings: Vec<crate::model::Warning>,
    /// The evidence sentences read so far, by line: (start, end, text).
    /// Names that share a sentence share its evidence without reading it
    /// again (a sentence's bounds are the same from any byte inside it).
    sentences: FxHashMap<u32, Vec<(usize, usize, String)>>,
    /// Type words the document made an instrument's short name (`(the
    /// "Provisions")`), with that instrument.
    pub(super) defined: Vec<(String, EntityRef)>,
    /// An instrument a sentence said was issued without naming it ("SAMR
    /// and six other departments jointly released an action plan"), waiting
    /// for the record to name it (see `links::issued::unnamed_issue`).
    pub(super) unnamed_issue: Option<crate::extract::links::UnnamedIssue>,
    /// Standards the text puts under a body that is no committee ("由工业和
    /// 信息化部提出并归口"): no committee guessed from the context is theirs.
    pub(crate) owned_elsewhere: Vec<EntityRef>,
    /// Records about two unrelated committees named as often as each other:
    /// the link rules guess no committee from them.
    pub(crate) unsure_home: FxHashSet<u32>,
    /// The one national committee the document names, when it names no
    /// other.
    pub(crate) sole_committee: Option<String>,
    /// Entities said to take effect some time after their release ("six
    /// months after its release"), dated once the document is read.
    pub(crate) lags: Vec<(EntityRef, crate::extract::lag::Lag)>,
    /// Entities said to take effect with another ("on the same day as the
    /// Measures"), or to be repealed when it does ("repealed at the same
    /// time"): each with that other and the fact (`effective`, `repealed`),
    /// dated once the document is read.
    pub(crate) alongside: Vec<(EntityRef, EntityRef, &'static str)>,
}

impl Cx<'_> {
    pub(super) fn new<'a>(doc: &'a Document, rec_of: Vec<Option<u32>>) -> Cx<'a> {
        Cx {
            doc,
            rec_of,
            entities: Vec::new(),
            relations: Vec::new(),
            mentioned: FxHashSet::default(),
            linked: FxHashMap::default(),
            parented: FxHashSet::default(),
            index: vec![FxHashMap::default(); EntityKind::ALL.len()],
            warnings: Vec::new(),
            sentences: FxHashMap::default(),
            defined: Vec::new(),
            unnamed_issue: None,
            owned_elsewhere: Vec::new(),
            unsure_home: FxHashSet::default(),
            sole_committee: None,
            lags: Vec::new(),
            alongside: Vec::new(),
        }
    }

    /// [`sentence_at`] of `line` at byte `pos`, reusing a sentence read
    /// before when `pos` falls inside it.
    pub(super) fn evidence(&mut self, line: u32, pos: usize) -> String {
        let read = self.sentences.entry(line).or_default();
        if let Some((_, _, text)) = read.iter().find(|(a, b, _)| (*a..*b).contains(&pos)) {
            return text.clone();
        }
        let raw = self.doc.line(line);
        let (a, b) = sentence_bounds(raw, pos);
        let text = evidence_text(&raw[a..b]);
        read.push((a, b, text.clone()));
        text
    }

    /// Where the draft of `(kind, key)` sits, if this document named it.
    pub(crate) fn slot(&self, kind: EntityKind, key: &str) -> Option<usize> {
        self.index[kind as usize].get(key).copied()
    }

    /// Whether this document has said the entity is a draft (an
    /// instrument named "... (Draft for Comments)").
    pub(crate) fn is_draft(&self, (kind, key): &EntityRef) -> bool {
        self.slot(*kind, key)
            .is_some_and(|i| self.entities[i].status.as_deref() == Some("draft"))
    }

    /// Dates the entities of [`Cx::lags`] that this document gave a release
    /// date and no effective date (effective that long after their
    /// release), then those of [`Cx::alongside`] by the day the other takes
    /// effect (their own entry into force, or their repeal).
    pub(crate) fn resolve_lags(&mut self) {
        for ((kind, key), lag) in std::mem::take(&mut self.lags) {
            let Some(i) = self.slot(kind, &key) else {
                continue;
            };
            let e = &mut self.entities[i];
            if e.dates.iter().any(|f| f.what == "effective") {
                continue;
            }
            if let Some(date) = e
                .dates
                .iter()
                .find(|f| f.what == "released")
                .and_then(|f| lag.after(f.date))
            {
                e.dates.push(DatedFact {
                    date,
                    what: "effective".into(),
                });
            }
        }
        // (Then those that take effect with another: its day, once known.)
        for ((kind, key), (okind, okey), what) in std::mem::take(&mut self.alongside) {
            let day = self.slot(okind, &okey).and_then(|j| {
                self.entities[j]
                    .dates
                    .iter()
                    .find(|f| f.what == "effective")
                    .map(|f| f.date)
            });
            if let (Some(date), Some(i)) = (day, self.slot(kind, &key))
                && !self.entities[i].dates.iter().any(|f| f.what == what)
            {
                self.entities[i].dates.push(DatedFact {
                    date,
                    what: what.into(),
                });
            }
        }
    }

    /// Adds what is said about an entity, merged with what this document
    /// already said about it (one draft per entity and document).
    pub(crate) fn add(&mut self, d: EntityDraft) -> usize {
        let slot = &mut self.index[d.kind as usize];
        if let Some(&i) = slot.get(d.key.as_str()) {
            self.entities[i].merge(d);
            i
        } else {
            let i = self.entities.len();
            slot.insert(d.key.clone(), i);
            self.entities.push(d);
            i
        }
    }

    /// Records that `draft` is named on `line` at byte `pos`; the record
    /// holding the line mentions it (the sentence is read only then).
    /// Returns where the draft sits.
    pub(crate) fn mention(&mut self, mut draft: EntityDraft, line: u32, pos: usize) -> usize {
        draft.line = Some(line);
        let i = self.add(draft);
        self.mentioned_at(i, line, pos);
        i
    }

    /// Records that the entity already drafted at `slot` is named again on
    /// `line` at byte `pos`, spelled `alias` (when that is worth keeping):
    /// the cheap path for names a document repeats.
    pub(crate) fn mention_again(
        &mut self,
        slot: usize,
        alias: Option<&str>,
        line: u32,
        pos: usize,
    ) {
        let e = &mut self.entities[slot];
        match e.line {
            None => e.line = Some(line),
            Some(x) if x == line || e.more_lines.last() == Some(&line) => {}
            Some(_) => e.more_lines.push(line),
        }
        if let Some(a) = alias
            && !e.aliases.iter().any(|x| x == a)
        {
            e.aliases.push(a.to_owned());
        }
        self.mentioned_at(slot, line, pos);
    }

    pub(super) fn mentioned_at(&mut self, slot: usize, line: u32, pos: usize) {
        if let Some(ord) = self.rec_of[line as usize]
            && self.mentioned.insert((ord, slot))
        {
            let text = self.evidence(line, pos);
            let e = &self.entities[slot];
            self.relations.push(RelationDraft {
                from: DraftNode::Record(ord),
                to: (e.kind, e.key.clone()),
                kind: RelationKind::Mentions,
                line,
                text,
                inferred: false,
            });
        }
    }

    pub(crate) fn link(
        &mut self,
        from: EntityRef,
        kind: RelationKind,
        to: EntityRef,
        line: u32,
        text: &str,
        inferred: bool,
    ) {
        match self.linked.entry((from.clone(), kind, to.clone())) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(self.relations.len());
                self.relations.push(RelationDraft {
                    from: DraftNode::Entity(from),
                    to,
                    kind,
                    line,
                    text: text.to_owned(),
                    inferred,
                });
            }
            // A link stated later in the text replaces one inferred before;
            // a sentence replaces a headline as the evidence ("SCA Issues
            // the Measures on X", then "On 7 October 2023, the SCA released
            // the Measures for ...").
            std::collections::hash_map::Entry::Occupied(o) => {
                let r = &mut self.relations[*o.get()];
                let headline = |t: &str| !t.trim_end().ends_with(['.', '。', '!', '?']);
                if r.inferred && !inferred || !inferred && headline(&r.text) && !headline(text) {
                    (r.line, r.inferred) = (line, false);
                    text.clone_into(&mut r.text);
                }
            }
        }
    }

    /// [`Cx::link`] with the evidence read from `line` at byte `pos`, only
    /// when the link is new.
    pub(crate) fn link_at(
        &mut self,
        from: EntityRef,
        kind: RelationKind,
        to: EntityRef,
        line: u32,
        pos: usize,
        inferred: bool,
    ) {
        let key = (from, kind, to);
        if !self.linked.contains_key(&key) {
            let text = self.evidence(line, pos);
            let (from, kind, to) = key;
            self.link(from, kind, to, line, &text, inferred);
        }
    }

    /// Adds a committee named on `line` and its chain of parents up to the
    /// root body; `inferred` says its parent came from context.
    pub(super) fn committee(
        &mut self,
        key: &str,
        written: Option<&str>,
        name: Option<String>,
        line: u32,
        pos: usize,
        inferred: bool,
    ) {
        let spelled = written.map(|w| {
            if !w.is_ascii()
                || w.contains("  ")
                || w.bytes().any(|c| c.is_ascii_whitespace() && c != b' ')
            {
                std::borrow::Cow::Owned(w.split_whitespace().collect::<Vec<_>>().join(" "))
            } else {
                std::borrow::Cow::Borrowed(w.trim())
            }
        });
        let slot = match self.slot(EntityKind::Committee, key) {
            // Named before in this document: only named again.
            Some(slot) if name.is_none() => {
                self.mention_again(slot, spelled.as_deref(), line, pos);
                slot
            }
            _ => {
                let mut d = EntityDraft::new(EntityKind::Committee, key, committee_type(key));
                // (A committee known by its name alone has no code.)
                d.code = (!is_name_key(key)).then(|| key.to_owned());
                d.name = name.or_else(|| known_name(key).map(str::to_owned));
                if let Some(w) = spelled {
                    d.aliases.push(w.into_owned());
                }
                self.mention(d, line, pos)
            }
        };
        if self.parented.contains(&(slot, false)) || !self.parented.insert((slot, inferred)) {
            return;
        }
        let sentence = &self.evidence(line, pos);
        let mut child = (EntityKind::Committee, key.to_owned());
        let mut cur = key.to_owned();
        let mut first = true;
        while let Some(p) = parent_key(&cur) {
            let pref = if is_root_body(&p) {
                let (kind, t) = root_body(&p);
                let mut b = EntityDraft::new(kind, p.clone(), t);
                b.code = Some(p.clone());
                // Its full name, when the dictionary knows the body.
                b.name = bodies::body(&p).map(|k| k.name.to_owned());
                self.add(b);
                // A sector of a larger body (ITU-T of the ITU).
                if let Some(up) = bodies::body(&p)
                    .and_then(|k| k.parent)
                    .and_then(bodies::body)
                {
                    let mut u = EntityDraft::new(up.kind, up.key, up.etype);
                    u.name = Some(up.name.to_owned());
                    self.add(u);
                    self.link(
                        (kind, p.clone()),
                        RelationKind::PartOf,
                        (up.kind, up.key.to_owned()),
                        line,
                        sentence,
                        true,
                    );
                }
                (kind, p.clone())
            } else {
                let mut c = EntityDraft::new(EntityKind::Committee, p.clone(), committee_type(&p));
                c.code = (!is_name_key(&p)).then(|| p.clone());
                c.name = known_name(&p).map(str::to_owned);
                self.add(c);
                (EntityKind::Committee, p.clone())
            };
            // The code itself states the hierarchy; a bare WG's parent is
            // inferred, and so is SAC over a committee named only "National
            // ... Committee".
            let implied = is_name_key(&cur) && !cur.contains('/');
            self.link(
                child,
                RelationKind::PartOf,
                pref.clone(),
                line,
                sentence,
                inferred && first || implied,
            );
            first = false;
            if pref.0 != EntityKind::Committee {
                break;
            }
            child = pref;
            cur = p;
        }
    }
}
