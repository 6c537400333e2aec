//! The steps of the session, one module each. A step owns its state, turns
//! messages into changes of that state and of the plan, names the keys it
//! offers, and draws itself; it answers with an [`Outcome`] and never
//! reaches into the App. The list at the bottom of this file is the one
//! place that says which steps there are, in which order.

pub mod about;
pub mod component;
pub mod conversation;
pub mod direction;
pub mod form;
pub mod plan;
pub mod position;
pub mod record;
pub mod save;
pub mod start;
pub mod tasks;
pub mod work;

#[cfg(test)]
pub(crate) mod testing;

use crate::model::plan::Plan;
pub use component::{Component, Outcome, Shared, StepCtx, View, missing_for_klaar, status_of};

/// Declares the steps in order: the [`Step`] names, the [`Steps`] that hold
/// each step's state, and the routing from a name to its component.
macro_rules! session_steps {
    ($($(#[$doc:meta])* $name:ident => $field:ident: $ty:ty, $title:literal;)*) => {
        /// The steps of the session, in order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
        pub enum Step {
            $($(#[$doc])* $name,)*
        }

        impl Step {
            /// Every step in order.
            pub const ALL: &'static [Step] = &[$(Step::$name,)*];

            /// The step title, shown at the top.
            pub fn title(self) -> &'static str {
                match self {
                    $(Step::$name => $title,)*
                }
            }
        }

        /// The state of every step; each keeps its own while another is shown.
        #[derive(Debug, Clone, PartialEq, Default)]
        pub struct Steps {
            $($(#[$doc])* pub $field: $ty,)*
        }

        impl Steps {
            /// The component of `step`.
            pub fn get(&self, step: Step) -> &dyn Component {
                match step {
                    $(Step::$name => &self.$field,)*
                }
            }

            /// Input on screen that no step could store, in the person's words.
            pub fn unstored(&self) -> Vec<String> {
                [$(self.$field.unstored(),)*].into_iter().flatten().collect()
            }

            /// The plan with what every step still holds handed to it.
            pub fn with_pending(&self, plan: &Plan) -> Plan {
                let mut plan = plan.clone();
                $(self.$field.pending(&mut plan);)*
                plan
            }

            /// The component of `step`, to change it.
            pub fn get_mut(&mut self, step: Step) -> &mut dyn Component {
                match step {
                    $(Step::$name => &mut self.$field,)*
                }
            }
        }
    };
}

session_steps! {
    /// What the program does; new plan or continue.
    Start => start: start::StartStep, "Welkom";
    /// Name, job, department, kind of work.
    About => about: about::AboutStep, "Over jou";
    /// The questionnaire or the sliders.
    Work => work: work::WorkStep, "Jouw werk";
    /// The main tasks, now and in two years.
    Tasks => tasks: tasks::TasksStep, "Jouw taken";
    /// The quadrant chart.
    Position => position: position::PositionStep, "Jouw plek";
    /// Upskilling or reskilling, digital levels, job tools, reflections.
    Direction => direction: direction::DirectionStep, "Jouw richting";
    /// The Tabel 3.11 grid.
    Plan => plan: plan::PlanStep, "Jouw plan";
    /// The conversation with the manager.
    Conversation => conversation: conversation::ConversationStep, "Het gesprek";
    /// Save, export, next person.
    Save => save: save::SaveStep, "Opslaan";
    /// What was agreed in the conversation; reached from the summary and
    /// not counted as a step, like the welcome.
    Record => record: record::RecordStep, "Na het gesprek";
}

impl Steps {
    /// The focus on `step`, if it is a form.
    pub fn form_focus(&self, step: Step) -> Option<form::FormFocus> {
        Some(match step {
            Step::Start => self.start.form.focus,
            Step::About => self.about.form.focus,
            Step::Direction => self.direction.form.focus,
            Step::Conversation => self.conversation.form.focus,
            Step::Save => self.save.form.focus,
            Step::Record => self.record.form.focus,
            _ => return None,
        })
    }
}

impl Step {
    /// Position in [`Step::ALL`].
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step after this one (the last stays the last).
    pub fn next(self) -> Step {
        Step::ALL.get(self.index() + 1).copied().unwrap_or(self)
    }

    /// The step before this one (the first stays the first).
    pub fn prev(self) -> Step {
        match self.index() {
            0 => self,
            i => Step::ALL[i - 1],
        }
    }

    /// The steps a person counts ("Stap 3 van 8"): not the welcome, not
    /// what comes after the conversation.
    pub const COUNTED: usize = Step::ALL.len() - 2;

    /// The first step that still needs something, for `kwadrant open`. A
    /// plan with a record of a conversation opens on that record: people
    /// come back to see what was agreed, to tick it off, or to go on with it.
    pub fn first_incomplete(plan: &Plan) -> Step {
        let filled = |t: &Option<String>| t.as_deref().is_some_and(|t| !t.trim().is_empty());
        if plan.open_record().is_some() || plan.besproken() {
            Step::Record
        } else if !filled(&plan.medewerker.functie) || plan.positie.soort_werk.is_none() {
            Step::About
        } else if plan.positie.position().is_none() {
            Step::Work
        } else if plan.richting.keuze.is_none() {
            Step::Direction
        } else if plan.acties.is_empty() {
            Step::Plan
        } else if !filled(&plan.gesprek.leidinggevende) && plan.gesprek.datum.is_none() {
            Step::Conversation
        } else {
            // Everything is filled in: the plan is what people come back to change.
            Step::Plan
        }
    }
}
