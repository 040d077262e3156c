//! Containing panics to one reader: reader code runs behind a JavaScript `try`.
//!
//! Release builds abort on panic, which in wasm is a trap: a JavaScript exception that
//! unwinds every wasm frame up to the nearest JavaScript caller. Unguarded, a trap during a
//! render unwinds through Yew's scheduler, whose "a run is scheduled" flag then stays set
//! for good, and every reader on the page stops updating. [`contain`] calls its job through
//! `Function.call`, which wasm-bindgen imports with `catch` (the glue wraps the call in a
//! `try`), so a trap unwinds only the job's frames and comes back here as an `Err`; the
//! frames above, Yew's included, carry on. Components render through [`render`], the
//! reducer and the reader's effects through [`contain`]; a component whose render trapped
//! renders a hidden `qar-failed` marker, which tells the reader it has failed (the API then
//! shows the reader's error box in its place: `edge::api` registers its sweep with
//! `set_sweeper`, so this module needs nothing above it).
//!
//! Rendered natively (`qa-reader render`) there is no JavaScript to catch a trap: jobs run
//! directly, and a panic ends the command with its message, as any native panic does.

use yew::{html, Html};

#[cfg(target_arch = "wasm32")]
pub use browser::*;
#[cfg(not(target_arch = "wasm32"))]
pub use server::*;

/// The class of the marker a failed component renders.
pub const FAILED_CLASS: &str = "qar-failed";

/// Renders a component with `view`, guarded: a trap renders the failure marker instead.
pub fn render<P: Clone + 'static>(props: &P, view: fn(&P) -> Html) -> Html {
    let props = props.clone();
    render_job(Box::new(move || view(&props)))
}

#[inline(never)]
fn render_job(job: Box<dyn FnOnce() -> Html>) -> Html {
    contain(job).unwrap_or_else(|_| marker())
}

/// The hidden marker a failed component leaves in its reader.
pub fn marker() -> Html {
    html! { <span class={FAILED_CLASS} hidden=true></span> }
}

/// Native rendering: nothing to catch with, so jobs run as they are.
#[cfg(not(target_arch = "wasm32"))]
mod server {
    /// What a trapped job threw (natively nothing is caught, so never made).
    #[derive(Debug)]
    pub struct Thrown;

    /// Runs `job` (natively a panic is not caught: it ends the command).
    pub fn contain<R: 'static>(job: impl FnOnce() -> R + 'static) -> Result<R, Thrown> {
        Ok(job())
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// What a trapped job threw.
    pub type Thrown = JsValue;

    type Job = Box<dyn FnOnce()>;

    thread_local! {
        /// The job the trampoline runs next (set just before each guarded call).
        static JOB: RefCell<Option<Job>> = const { RefCell::new(None) };
        /// One JavaScript function for every guarded call: no closure is made per call.
        static TRAMPOLINE: Closure<dyn Fn()> = Closure::new(|| {
            let job = JOB.with(|j| j.borrow_mut().take());
            if let Some(job) = job {
                job();
            }
        });
        /// What the last trap threw, for the reader's message.
        static LAST_TRAP: RefCell<JsValue> = const { RefCell::new(JsValue::UNDEFINED) };
        /// Whether a sweep for failed readers is already scheduled.
        static SWEEP_SCHEDULED: Cell<bool> = const { Cell::new(false) };
        /// What looks for failed readers (registered by the API; returns whether it found any).
        static SWEEPER: Cell<Option<fn() -> bool>> = const { Cell::new(None) };
    }

    /// Registers what looks for failed readers after a trap (the API's sweep).
    pub fn set_sweeper(sweep: fn() -> bool) {
        SWEEPER.with(|s| s.set(Some(sweep)));
    }

    /// Runs `job`, returning its result, or what it threw if it trapped (a panic). A nested
    /// call is fine: the trampoline takes its job out before running it.
    pub fn contain<R: 'static>(job: impl FnOnce() -> R + 'static) -> Result<R, JsValue> {
        let out: Rc<Cell<Option<R>>> = Rc::default();
        let slot = out.clone();
        call(Box::new(move || slot.set(Some(job()))))?;
        out.take().ok_or(JsValue::UNDEFINED)
    }

    /// The part of [`contain`] that does not depend on the job's type (kept out of line, so
    /// that each caller adds only its own small closure to the bundle).
    #[inline(never)]
    fn call(job: Job) -> Result<(), JsValue> {
        JOB.with(|j| *j.borrow_mut() = Some(job));
        let called = TRAMPOLINE.with(|t| {
            let function: &js_sys::Function = t.as_ref().unchecked_ref();
            function.call0(&JsValue::UNDEFINED)
        });
        // A trampoline that never ran (it cannot happen, but nothing must leak into the next call).
        JOB.with(|j| j.borrow_mut().take());
        called.map(drop).inspect_err(|thrown| {
            LAST_TRAP.with(|l| *l.borrow_mut() = thrown.clone());
            schedule_sweep();
        })
    }

    /// What the last trap threw (`undefined` before any).
    pub fn last_trap() -> JsValue {
        LAST_TRAP.with(|l| l.borrow().clone())
    }

    /// Looks for failed readers once the current work is done (renders that trapped leave
    /// their marker only when Yew commits them; the sweep retries until it finds them).
    pub fn schedule_sweep() {
        if SWEEP_SCHEDULED.with(|s| s.replace(true)) {
            return;
        }
        sweep_later(10);
    }

    fn sweep_later(tries: u32) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let callback = Closure::once_into_js(move || {
            let Some(sweep) = SWEEPER.with(Cell::get) else {
                SWEEP_SCHEDULED.with(|s| s.set(false));
                return;
            };
            let found = contain(sweep).unwrap_or(true);
            if found || tries == 0 {
                SWEEP_SCHEDULED.with(|s| s.set(false));
            } else {
                sweep_later(tries - 1);
            }
        });
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 20);
    }
}
