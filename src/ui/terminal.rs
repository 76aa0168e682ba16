//! The real terminal: [`TerminalPrompter`] asks through dialoguer on stderr and a
//! one-line rating widget, so that stdout carries only the result.

use crate::error::Failure;
use crate::error::Op;
use crate::model::lang::Lang;
use crate::ui::prompt::{Prompter, RateAction, RateScreen, ReviewAction, ReviewScreen};
use crate::ui::rawmode::RawMode;
use crate::ui::signals::{self, InterruptMessages};
use crate::ui::style::wrap;
use crate::ui::texts::texts;
use anyhow::Result;
use dialoguer::console::{Key, Term};
use dialoguer::theme::ColorfulTheme;
use dialoguer::Select;
use std::io;

/// The real terminal, on stderr, so that stdout carries only the result.
pub struct TerminalPrompter {
    term: Term,
    theme: ColorfulTheme,
    color: bool,
    lang: Lang,
}

impl TerminalPrompter {
    /// A prompter on stderr. Installs a handler so that Ctrl-C, SIGTERM or SIGHUP
    /// outside the rating widget still restores the terminal before the process ends.
    pub fn new(messages: InterruptMessages, lang: Lang, color: bool) -> Self {
        signals::on_interrupt(messages);
        // The theme's colours follow --color and NO_COLOR, as everything else does.
        dialoguer::console::set_colors_enabled_stderr(color);
        TerminalPrompter {
            term: Term::stderr(),
            theme: ColorfulTheme::default(),
            color,
            lang,
        }
    }

    fn width(&self) -> usize {
        usize::from(self.term.size().1).clamp(30, 100)
    }
}

/// Shows the cursor again however the widget is left.
struct CursorGuard<'a>(&'a Term);

impl Drop for CursorGuard<'_> {
    fn drop(&mut self) {
        let _ = self.0.show_cursor();
    }
}

fn map_dialoguer(err: dialoguer::Error) -> anyhow::Error {
    match err {
        // console has raised SIGINT, so the handler is ending the process too: join it.
        dialoguer::Error::IO(e) if e.kind() == io::ErrorKind::Interrupted => {
            signals::exit_interrupted(signals::arrived().unwrap_or(signals::SIGINT))
        }
        dialoguer::Error::IO(e) => anyhow::Error::new(e).context(Op::Terminal),
    }
}

impl Prompter for TerminalPrompter {
    fn say(&mut self, text: &str) -> Result<()> {
        let wrapped = wrap(text, self.width(), "", "");
        self.term.write_line(&wrapped)?;
        Ok(())
    }

    fn confirm(&mut self, question: &str, default: bool) -> Result<bool> {
        // A two-item Select rather than dialoguer's Confirm, whose y/n keys and
        // "yes"/"no" echo cannot be translated.
        let t = texts(self.lang);
        let wrapped = wrap(question, self.width().saturating_sub(4), "", "");
        let _guard = CursorGuard(&self.term);
        let choice = Select::with_theme(&self.theme)
            .with_prompt(wrapped)
            .items([t.yes, t.no])
            .default(usize::from(!default))
            .interact_on(&self.term)
            .map_err(map_dialoguer)?;
        Ok(choice == 0)
    }

    fn rate(&mut self, screen: &RateScreen) -> Result<RateAction> {
        let width = self.width();
        let mut selected = screen.current;
        let mut nudge = false;
        self.term.hide_cursor()?;
        let _guard = CursorGuard(&self.term);
        // Raw for the whole screen, not just during each read: a key typed while the
        // screen is redrawn would otherwise meet the line discipline, which echoes it
        // or, for Backspace, swallows it.
        let _raw = RawMode::enter();
        loop {
            let mut block = rate_block(screen, selected, width, self.color);
            if nudge {
                block.push_str(&wrap(&screen.nothing_selected, width, "  ", "  "));
                block.push('\n');
            }
            let lines = block.lines().count();
            self.term.write_str(&block)?;
            let key = self.term.read_key_raw();
            self.term.clear_last_lines(lines)?;
            let action = match key {
                // console reports a signal that broke the wait for a key (EINTR) as
                // Ctrl-C too. The handler recorded which signal it was: end with
                // that one (the signal thread, if first, is ending the same way).
                Ok(Key::CtrlC) | Err(_) if signals::arrived().is_some() => {
                    signals::exit_interrupted(signals::arrived().unwrap_or(signals::SIGINT))
                }
                Ok(Key::CtrlC) => return Err(Failure::Interrupted.into()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                    return Err(Failure::Interrupted.into())
                }
                Err(e) => return Err(anyhow::Error::new(e).context(Op::Terminal)),
                Ok(key) => {
                    let action = key_action(&key, screen, &mut selected);
                    nudge = action.is_none() && matches!(key, Key::Enter | Key::Char(' '));
                    action
                }
            };
            if let Some(action) = action {
                return Ok(action);
            }
        }
    }

    fn review(&mut self, screen: &ReviewScreen) -> Result<ReviewAction> {
        let width = self.width().saturating_sub(6);
        let mut items = vec![screen.save.clone()];
        items.extend(screen.items.iter().map(|i| truncate(i, width)));
        items.push(screen.quit.clone());
        let _guard = CursorGuard(&self.term);
        let choice = Select::with_theme(&self.theme)
            .with_prompt(&screen.title)
            .items(&items)
            .default(screen.cursor.min(items.len() - 1))
            .report(false)
            .max_length(12)
            .interact_on_opt(&self.term)
            .map_err(map_dialoguer)?;
        Ok(match choice {
            Some(0) => ReviewAction::Save,
            Some(i) if i <= screen.items.len() => ReviewAction::Change(i - 1),
            _ => ReviewAction::Quit,
        })
    }

    fn choose(&mut self, prompt: &str, items: &[String]) -> Result<Option<usize>> {
        let width = self.width().saturating_sub(6);
        let shown: Vec<String> = items.iter().map(|i| truncate(i, width)).collect();
        let _guard = CursorGuard(&self.term);
        Select::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(&shown)
            .default(0)
            .max_length(10)
            .interact_on_opt(&self.term)
            .map_err(map_dialoguer)
    }

    fn input(&mut self, prompt: &str) -> Result<String> {
        let _guard = CursorGuard(&self.term);
        dialoguer::Input::<String>::with_theme(&self.theme)
            .with_prompt(prompt)
            .allow_empty(true)
            .interact_text_on(&self.term)
            .map(|s| s.trim().to_string())
            .map_err(map_dialoguer)
    }
}

/// What a key does on the rating widget; `None` means keep reading. The first
/// arrow selects the middle of the scale; Enter answers only what is selected.
fn key_action(key: &Key, screen: &RateScreen, selected: &mut Option<u8>) -> Option<RateAction> {
    let middle = screen.min + (screen.max - screen.min) / 2;
    match key {
        Key::Char(c) if c.is_ascii_digit() => {
            let value = u8::try_from(c.to_digit(10).unwrap_or(0)).unwrap_or(0);
            // On a ten-point scale, 0 stands for 10.
            let value = if value == 0 && screen.max == 10 {
                10
            } else {
                value
            };
            (screen.min..=screen.max)
                .contains(&value)
                .then_some(RateAction::Answer(value))
        }
        Key::ArrowLeft | Key::Char('h') => {
            *selected = Some(selected.map_or(middle, |v| v.saturating_sub(1).max(screen.min)));
            None
        }
        Key::ArrowRight | Key::Char('l') => {
            *selected = Some(selected.map_or(middle, |v| (v + 1).min(screen.max)));
            None
        }
        Key::Enter | Key::Char(' ') => selected.map(RateAction::Answer),
        Key::Backspace | Key::ArrowUp | Key::Char('b') if screen.can_go_back => {
            Some(RateAction::Back)
        }
        Key::Escape | Key::Char('q') => Some(RateAction::Quit),
        _ => None,
    }
}

/// The text of one statement screen with `selected` highlighted in brackets, so the
/// selection is visible without colour too.
pub fn rate_block(screen: &RateScreen, selected: Option<u8>, width: usize, color: bool) -> String {
    let paint = |code: &str, text: &str| {
        if color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    };
    let mut out = String::new();
    out.push_str(&format!("{}\n", paint("1", &screen.area_heading)));
    out.push_str(&format!("{}\n\n", screen.progress));
    out.push_str(&wrap(&screen.text, width, "  ", "  "));
    out.push('\n');
    out.push('\n');
    let scale: String = (screen.min..=screen.max)
        .map(|v| {
            if Some(v) == selected {
                paint("7", &format!("[{v}]"))
            } else {
                format!(" {v} ")
            }
        })
        .collect();
    let plain_len = usize::from(screen.max - screen.min + 1) * 3;
    let one_line =
        2 + screen.min_label.chars().count() + 2 + plain_len + 2 + screen.max_label.chars().count();
    if one_line <= width {
        out.push_str(&format!(
            "  {}  {scale}  {}\n",
            screen.min_label, screen.max_label
        ));
    } else {
        out.push_str(&format!("  {scale}\n"));
        out.push_str(&format!(
            "  {} = {}, {} = {}\n",
            screen.min, screen.min_label, screen.max, screen.max_label
        ));
    }
    let hint = truncate(&screen.hint, width.saturating_sub(2));
    out.push_str(&format!("  {}\n", paint("2", &hint)));
    out
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(width.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen() -> RateScreen {
        RateScreen {
            area_heading: "Område 1".into(),
            progress: "Påstående 1 av 24".into(),
            text: "Jag kan".into(),
            min: 1,
            max: 7,
            min_label: "Mycket osäker".into(),
            max_label: "Mycket säker".into(),
            current: None,
            can_go_back: false,
            hint: "hint".into(),
            nothing_selected: "Inget svar är valt".into(),
        }
    }

    #[test]
    fn nothing_is_selected_until_an_arrow_or_a_digit() {
        let s = screen();
        let mut sel = None;
        assert_eq!(
            key_action(&Key::Enter, &s, &mut sel),
            None,
            "Enter alone records nothing"
        );
        assert_eq!(key_action(&Key::Char(' '), &s, &mut sel), None);
        assert_eq!(sel, None);
        assert_eq!(key_action(&Key::ArrowLeft, &s, &mut sel), None);
        assert_eq!(sel, Some(4), "the first arrow selects the middle");
        let mut sel = None;
        key_action(&Key::ArrowRight, &s, &mut sel);
        assert_eq!(sel, Some(4));
        assert_eq!(
            key_action(&Key::Enter, &s, &mut sel),
            Some(RateAction::Answer(4))
        );
        assert!(
            !rate_block(&s, None, 80, false).contains('['),
            "no bracket shown"
        );
    }

    #[test]
    fn keys_map_to_actions() {
        let s = screen();
        let mut sel = Some(4);
        assert_eq!(
            key_action(&Key::Char('6'), &s, &mut sel),
            Some(RateAction::Answer(6))
        );
        assert_eq!(key_action(&Key::Char('8'), &s, &mut sel), None);
        assert_eq!(key_action(&Key::Char('0'), &s, &mut sel), None);
        assert_eq!(key_action(&Key::ArrowRight, &s, &mut sel), None);
        assert_eq!(sel, Some(5));
        assert_eq!(
            key_action(&Key::Enter, &s, &mut sel),
            Some(RateAction::Answer(5))
        );
        sel = Some(1);
        key_action(&Key::ArrowLeft, &s, &mut sel);
        assert_eq!(sel, Some(1), "stays on the scale");
        assert_eq!(
            key_action(&Key::Backspace, &s, &mut sel),
            None,
            "nothing before the first"
        );
        let back = RateScreen {
            can_go_back: true,
            ..s.clone()
        };
        assert_eq!(
            key_action(&Key::Backspace, &back, &mut sel),
            Some(RateAction::Back)
        );
        assert_eq!(
            key_action(&Key::Char('q'), &s, &mut sel),
            Some(RateAction::Quit)
        );
    }

    #[test]
    fn block_shows_labels_and_the_selection() {
        let block = rate_block(&screen(), Some(4), 80, false);
        assert!(block.contains("Påstående 1 av 24"));
        assert!(block.contains("Mycket osäker"));
        assert!(block.contains("[4]"));
        assert!(block.contains(" 3 "));
        let narrow = rate_block(&screen(), Some(4), 40, false);
        assert!(
            narrow.contains("1 = Mycket osäker, 7 = Mycket säker"),
            "{narrow}"
        );
    }
}
