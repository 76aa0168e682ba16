//! The real terminal: [`TerminalPrompter`] asks on stderr, so that stdout carries
//! only the result. The rating screen and the lists (yes/no, the review, the
//! action plan's choices) are drawn here, so that every word on them, the key hints
//! and the paging of a long list are in the user's language and fit the width;
//! dialoguer is used only for typing a line of text.

use crate::error::Failure;
use crate::error::Op;
use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::render::style::wrap;
use crate::term::hints;
use crate::term::prompt::{
    Ask, Given, Prompter, RateAction, RateScreen, ReviewAction, ReviewScreen,
};
use crate::term::rawmode::{self, RawMode};
use crate::term::signals::{self, InterruptMessages};
use anyhow::Result;
use dialoguer::console::{measure_text_width, Key, Term};
use dialoguer::theme::{ColorfulTheme, Theme};
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

    /// The width text is laid out to, read anew for every drawing so that a
    /// resized terminal gets lines of its new width.
    fn width(&self) -> usize {
        usize::from(self.term.size().1).clamp(20, 100)
    }

    fn paint(&self, code: &str, text: &str) -> String {
        paint(self.color, code, text)
    }

    /// Draws a list and reads keys until one is picked (`Some`) or the list is
    /// left with `q`/Esc (`None`, only when `can_leave`). `letters` are extra keys
    /// that pick an item at once (j/n on a yes/no question).
    fn pick(&mut self, list: &List<'_>) -> Result<Option<usize>> {
        let n = list.items.len();
        if n == 0 {
            return Ok(None);
        }
        let mut cursor = list.start.min(n - 1);
        self.term.hide_cursor()?;
        let _guard = CursorGuard(&self.term);
        let _raw = RawMode::enter();
        let mut canvas = Canvas::new(&self.term);
        loop {
            let block = self.list_block(list, cursor);
            canvas.draw(&block)?;
            // A resize redraws the list at the new size at once.
            let Some(key) = key_or_resize(&self.term, canvas.size)? else {
                continue;
            };
            let chosen = match key {
                Key::ArrowUp | Key::BackTab => {
                    cursor = (cursor + n - 1) % n;
                    None
                }
                Key::ArrowDown | Key::Tab => {
                    cursor = (cursor + 1) % n;
                    None
                }
                Key::PageUp | Key::Home => {
                    cursor = 0;
                    None
                }
                Key::PageDown | Key::End => {
                    cursor = n - 1;
                    None
                }
                Key::Enter | Key::Char(' ') => Some(Some(cursor)),
                Key::Escape | Key::Char('q') if list.can_leave => Some(None),
                Key::Char(c) => list
                    .letters
                    .iter()
                    .find(|(l, _)| *l == c.to_ascii_lowercase())
                    .map(|(_, i)| Some(*i)),
                _ => None,
            };
            if let Some(chosen) = chosen {
                canvas.erase()?;
                if let (Some(i), true) = (chosen, list.report) {
                    let line = format!("{} · {}", list.prompt, list.items[i]);
                    self.term.write_line(&wrap(&line, self.width(), "", "  "))?;
                }
                return Ok(chosen);
            }
        }
    }

    /// The text of a list: the prompt, the rows that fit the terminal's height
    /// around the cursor, which rows these are when not all fit, and the keys.
    fn list_block(&self, list: &List<'_>, cursor: usize) -> String {
        let width = self.width();
        let n = list.items.len();
        let mut out = wrap(list.prompt, width, "", "");
        out.push('\n');
        let prompt_rows = out.lines().count();
        // The prompt, the window line, the key hint and a spare row for the cursor.
        let height = usize::from(self.term.size().0);
        let room = height
            .saturating_sub(prompt_rows + 3)
            .max(3)
            .min(list.max_rows);
        let top = cursor.saturating_sub(room / 2).min(n.saturating_sub(room));
        let end = (top + room).min(n);
        for (i, item) in list.items.iter().enumerate().take(end).skip(top) {
            let row = truncate(item, width.saturating_sub(2));
            if i == cursor {
                out.push_str(&format!(
                    "{} {}\n",
                    self.paint("36;1", "❯"),
                    self.paint("1", &row)
                ));
            } else {
                out.push_str(&format!("  {row}\n"));
            }
        }
        let t = texts(self.lang);
        if end - top < n {
            out.push_str(&self.paint("2", &t.list_window(top + 1, end, n)));
            out.push('\n');
        }
        out.push_str(&self.paint("2", &wrap(&list.hint(width), width, "", "")));
        out.push('\n');
        out
    }
}

/// One list to pick from, with what its keys do.
struct List<'a> {
    prompt: &'a str,
    items: &'a [String],
    /// The row the cursor starts on.
    start: usize,
    /// The most rows shown at once, however tall the terminal.
    max_rows: usize,
    /// Whether `q` and Esc leave the list without a choice.
    can_leave: bool,
    /// Letters that pick an item at once, as (letter, index).
    letters: Vec<(char, usize)>,
    /// Whether the choice is written after the prompt once made.
    report: bool,
    /// The key hint for a width.
    hint: &'a dyn Fn(usize) -> String,
}

impl List<'_> {
    fn hint(&self, width: usize) -> String {
        (self.hint)(width)
    }
}

/// A block drawn at the bottom of the terminal that can be replaced. It remembers
/// how many rows the block took at the width it was drawn at; when the terminal
/// has been resized since, it clears the screen rather than guess how the terminal
/// reflowed the old rows (a guess that leaves a copy of the header per key).
struct Canvas<'a> {
    term: &'a Term,
    rows: usize,
    size: (u16, u16),
}

impl<'a> Canvas<'a> {
    fn new(term: &'a Term) -> Self {
        Canvas {
            term,
            rows: 0,
            size: term.size(),
        }
    }

    /// Replaces what was drawn before with `block`, which ends with a newline.
    fn draw(&mut self, block: &str) -> io::Result<()> {
        self.erase()?;
        self.size = self.term.size();
        self.term.write_str(block)?;
        self.rows = rows_of(block, usize::from(self.size.1));
        Ok(())
    }

    /// Removes what was drawn.
    fn erase(&mut self) -> io::Result<()> {
        if self.rows > 0 {
            if self.term.size() == self.size {
                self.term.clear_last_lines(self.rows)?;
            } else {
                self.term.clear_screen()?;
            }
        }
        self.rows = 0;
        Ok(())
    }
}

/// How many terminal rows `block` takes at `cols` columns: a line wider than the
/// terminal wraps onto more rows.
fn rows_of(block: &str, cols: usize) -> usize {
    let cols = cols.max(1);
    block
        .lines()
        .map(|line| measure_text_width(line).div_ceil(cols).max(1))
        .sum()
}

/// Waits for a key, or for the terminal to change size from `size` (`None`:
/// redraw for the new size).
fn key_or_resize(term: &Term, size: (u16, u16)) -> Result<Option<Key>> {
    loop {
        if rawmode::key_waiting(150) {
            return read_key(term).map(Some);
        }
        if term.size() != size {
            return Ok(None);
        }
    }
}

/// Reads one key in raw mode; Ctrl-C and signals end the prompt as interrupted.
fn read_key(term: &Term) -> Result<Key> {
    match term.read_key_raw() {
        // console reports a signal that broke the wait for a key (EINTR) as
        // Ctrl-C too. The handler recorded which signal it was: end with
        // that one (the signal thread, if first, is ending the same way).
        Ok(Key::CtrlC) | Err(_) if signals::arrived().is_some() => {
            signals::exit_interrupted(signals::arrived().unwrap_or(signals::SIGINT))
        }
        Ok(Key::CtrlC) => Err(Failure::Interrupted.into()),
        Err(e) if e.kind() == io::ErrorKind::Interrupted => Err(Failure::Interrupted.into()),
        Err(e) => Err(anyhow::Error::new(e).context(Op::Terminal)),
        Ok(key) => Ok(key),
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
        let t = texts(self.lang);
        let yes = hints::yes_key(t);
        let items = [t.yes().to_string(), t.no().to_string()];
        let hint = |width: usize| hints::confirm_keys(t, width);
        let choice = self.pick(&List {
            prompt: question,
            items: &items,
            start: usize::from(!default),
            max_rows: 2,
            can_leave: false,
            letters: vec![(yes, 0), (hints::no_key(t), 1)],
            report: true,
            hint: &hint,
        })?;
        Ok(choice == Some(0))
    }

    fn rate(&mut self, screen: &RateScreen) -> Result<RateAction> {
        let t = texts(self.lang);
        let mut selected = screen.current;
        let mut nudge = false;
        self.term.hide_cursor()?;
        let _guard = CursorGuard(&self.term);
        // Raw for the whole screen, not just during each read: a key typed while the
        // screen is redrawn would otherwise meet the line discipline, which echoes it
        // or, for Backspace, swallows it.
        let _raw = RawMode::enter();
        let mut canvas = Canvas::new(&self.term);
        loop {
            let width = self.width();
            let mut block = rate_block(screen, selected, width, self.color, self.lang);
            if nudge {
                let text = t.rate_nothing_selected(screen.min, screen.max);
                block.push_str(&wrap(&text, width, "  ", "  "));
                block.push('\n');
            }
            canvas.draw(&block)?;
            let key = key_or_resize(&self.term, canvas.size);
            canvas.erase()?;
            // A resize redraws the statement at the new width at once.
            let Some(key) = key? else {
                continue;
            };
            let action = key_action(&key, screen, &mut selected);
            nudge = action.is_none() && matches!(key, Key::Enter | Key::Char(' '));
            if let Some(action) = action {
                return Ok(action);
            }
        }
    }

    fn review(&mut self, screen: &ReviewScreen) -> Result<ReviewAction> {
        let t = texts(self.lang);
        let mut items = vec![screen.save.clone()];
        items.extend(
            screen
                .items
                .iter()
                .enumerate()
                .map(|(i, row)| hints::review_row_answer_first(t, i + 1, &row.title, row.answer)),
        );
        items.push(screen.quit.clone());
        let hint = |width: usize| hints::review_keys(t, width);
        let choice = self.pick(&List {
            prompt: &screen.title,
            items: &items,
            start: screen.cursor,
            max_rows: 12,
            can_leave: true,
            // `s` saves from anywhere in the list: "Spara" is first, 26 rows up.
            letters: vec![(hints::save_key(t), 0)],
            report: false,
            hint: &hint,
        })?;
        Ok(match choice {
            Some(0) => ReviewAction::Save,
            Some(i) if i <= screen.items.len() => ReviewAction::Change(i - 1),
            _ => ReviewAction::Quit,
        })
    }

    fn choose(&mut self, prompt: &str, items: &[String]) -> Result<Option<usize>> {
        let t = texts(self.lang);
        let hint = |width: usize| hints::choose_keys(t, width);
        self.pick(&List {
            prompt,
            items,
            start: 0,
            max_rows: 10,
            can_leave: true,
            letters: Vec::new(),
            report: true,
            hint: &hint,
        })
    }

    fn input(&mut self, ask: &mut Ask<'_>) -> Result<String> {
        let _guard = CursorGuard(&self.term);
        // Rows of help and refusals shown under the question, removed once a line
        // is accepted.
        let mut notes = 0;
        loop {
            // The question wrapped between words, all but its last line written
            // first: dialoguer draws its prompt on one line, which a narrow
            // terminal would break mid-word ("hoppa ö / ver"). Some room is left
            // on the last line to type in.
            let width = self.width();
            let wrapped = wrap(ask.prompt, width.saturating_sub(12).max(20), "", "");
            let (head, last) = wrapped.rsplit_once('\n').unwrap_or(("", &wrapped));
            if !head.is_empty() {
                self.term.write_line(head)?;
            }
            let typed = dialoguer::Input::<String>::with_theme(&self.theme)
                .with_prompt(last)
                .allow_empty(true)
                .report(false)
                .interact_text_on(&self.term)
                .map_err(map_dialoguer)?;
            // dialoguer clears only the row the cursor is on; a question and answer
            // wider than the terminal took more rows, which would stay behind as a
            // ghost copy of the line.
            let mut asked = String::new();
            let _ = self.theme.format_input_prompt(&mut asked, last, None);
            let cols = usize::from(self.term.size().1).max(1);
            let rows = (measure_text_width(&asked) + measure_text_width(&typed)).div_ceil(cols);
            let head_rows = if head.is_empty() {
                0
            } else {
                rows_of(head, cols)
            };
            self.term
                .clear_last_lines(rows.saturating_sub(1) + head_rows)?;
            let value = typed.trim().to_string();
            let refusal = match value.as_str() {
                "?" => Some(ask.help.to_string()),
                "" => None,
                _ => (ask.check)(&value),
            };
            if let Some(text) = refusal {
                let text = wrap(&text, width, "", "");
                notes += rows_of(&text, cols);
                self.term.write_line(&text)?;
                continue;
            }
            self.term.clear_last_lines(notes)?;
            let mut done = String::new();
            let _ = self
                .theme
                .format_input_prompt_selection(&mut done, ask.prompt, &value);
            self.term.write_line(&wrap(&done, width, "", "  "))?;
            return Ok(value);
        }
    }
}

/// What a key does on the rating widget; `None` means keep reading. The first
/// arrow selects the middle of the scale; Enter answers only what is selected.
fn key_action(key: &Key, screen: &RateScreen, selected: &mut Option<Given>) -> Option<RateAction> {
    let middle = screen.min + (screen.max - screen.min) / 2;
    // From the abstain answer (or nothing), the first arrow selects the middle.
    let point = match selected {
        Some(Given::Point(v)) => Some(*v),
        _ => None,
    };
    match key {
        Key::Char('x' | 'X') if screen.abstain.is_some() => {
            Some(RateAction::Answer(Given::Abstain))
        }
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
                .then_some(RateAction::Answer(Given::Point(value)))
        }
        Key::ArrowLeft | Key::Char('h') => {
            *selected = Some(Given::Point(
                point.map_or(middle, |v| v.saturating_sub(1).max(screen.min)),
            ));
            None
        }
        Key::ArrowRight | Key::Char('l') => {
            *selected = Some(Given::Point(
                point.map_or(middle, |v| (v + 1).min(screen.max)),
            ));
            None
        }
        Key::Enter | Key::Char(' ') => selected.map(RateAction::Answer),
        Key::Backspace | Key::ArrowUp | Key::Char('b') if screen.can_go_back() => {
            Some(RateAction::Back)
        }
        Key::Escape | Key::Char('q') => Some(RateAction::Quit),
        _ => None,
    }
}

/// Wraps `text` in an SGR colour code when colour is on.
fn paint(color: bool, code: &str, text: &str) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// The text of one statement screen with `selected` highlighted in brackets, so the
/// selection is visible without colour too. Every line fits `width`: the text is
/// wrapped, and the key hint is the longest form that fits, always with `q`.
pub fn rate_block(
    screen: &RateScreen,
    selected: Option<Given>,
    width: usize,
    color: bool,
    lang: Lang,
) -> String {
    let mut out = String::new();
    out.push_str(&wrap(
        &paint(color, "1", &screen.area_heading),
        width,
        "",
        "",
    ));
    out.push('\n');
    out.push_str(&format!("{}\n\n", screen.progress));
    out.push_str(&wrap(&screen.text, width, "  ", "  "));
    out.push('\n');
    out.push('\n');
    let scale: String = (screen.min..=screen.max)
        .map(|v| {
            if Some(Given::Point(v)) == selected {
                paint(color, "7", &format!("[{v}]"))
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
        let labels = format!(
            "{} = {}, {} = {}",
            screen.min, screen.min_label, screen.max, screen.max_label
        );
        out.push_str(&wrap(&labels, width, "  ", "  "));
        out.push('\n');
    }
    if let Some(label) = &screen.abstain {
        let key = if selected == Some(Given::Abstain) {
            paint(color, "7", "[x]")
        } else {
            " x ".to_string()
        };
        out.push_str(&wrap(&format!("{key} {label}"), width, "  ", "      "));
        out.push('\n');
    }
    let hint = hints::rate_keys(
        texts(lang),
        screen.min,
        screen.max,
        screen.back,
        width.saturating_sub(2),
    );
    out.push_str(&paint(color, "2", &wrap(&hint, width, "  ", "  ")));
    out.push('\n');
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
    use crate::term::prompt::Back;

    fn screen() -> RateScreen {
        RateScreen {
            area_heading: "Område 1".into(),
            progress: "Påstående 1 av 24".into(),
            text: "Jag kan".into(),
            min: 1,
            max: 7,
            min_label: "Mycket osäker".into(),
            max_label: "Mycket säker".into(),
            abstain: None,
            current: None,
            back: Back::Nowhere,
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
        assert_eq!(
            sel,
            Some(Given::Point(4)),
            "the first arrow selects the middle"
        );
        let mut sel = None;
        key_action(&Key::ArrowRight, &s, &mut sel);
        assert_eq!(sel, Some(Given::Point(4)));
        assert_eq!(
            key_action(&Key::Enter, &s, &mut sel),
            Some(RateAction::Answer(Given::Point(4)))
        );
        assert!(
            !rate_block(&s, None, 80, false, Lang::SV).contains('['),
            "no bracket shown"
        );
    }

    #[test]
    fn keys_map_to_actions() {
        let s = screen();
        let mut sel = Some(Given::Point(4));
        assert_eq!(
            key_action(&Key::Char('6'), &s, &mut sel),
            Some(RateAction::Answer(Given::Point(6)))
        );
        assert_eq!(key_action(&Key::Char('8'), &s, &mut sel), None);
        assert_eq!(key_action(&Key::Char('0'), &s, &mut sel), None);
        assert_eq!(key_action(&Key::ArrowRight, &s, &mut sel), None);
        assert_eq!(sel, Some(Given::Point(5)));
        assert_eq!(
            key_action(&Key::Enter, &s, &mut sel),
            Some(RateAction::Answer(Given::Point(5)))
        );
        sel = Some(Given::Point(1));
        key_action(&Key::ArrowLeft, &s, &mut sel);
        assert_eq!(sel, Some(Given::Point(1)), "stays on the scale");
        assert_eq!(
            key_action(&Key::Backspace, &s, &mut sel),
            None,
            "nothing before the first"
        );
        let back = RateScreen {
            back: Back::Previous,
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
        let block = rate_block(&screen(), Some(Given::Point(4)), 80, false, Lang::SV);
        assert!(block.contains("Påstående 1 av 24"));
        assert!(block.contains("Mycket osäker"));
        assert!(block.contains("[4]"));
        assert!(block.contains(" 3 "));
        let narrow = rate_block(&screen(), Some(Given::Point(4)), 40, false, Lang::SV);
        assert!(
            narrow.contains("1 = Mycket osäker, 7 = Mycket säker"),
            "{narrow}"
        );
    }
}
