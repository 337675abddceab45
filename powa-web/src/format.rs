//! Query texts laid out for reading: each main clause on a line of its
//! own, indented by parenthesis depth. Strings, quoted names, dollar
//! quotes and comments are copied as they are; a text that already has
//! line breaks was laid out by its author and is kept.

/// Keywords (lower case; several words for `group by` and the joins) that
/// start a line.
const CLAUSES: &[&[&str]] = &[
    &["select"],
    &["from"],
    &["where"],
    &["group", "by"],
    &["having"],
    &["window"],
    &["order", "by"],
    &["limit"],
    &["offset"],
    &["union"],
    &["intersect"],
    &["except"],
    &["values"],
    &["set"],
    &["returning"],
    &["on", "conflict"],
    &["join"],
    &["left", "join"],
    &["left", "outer", "join"],
    &["right", "join"],
    &["right", "outer", "join"],
    &["full", "join"],
    &["full", "outer", "join"],
    &["inner", "join"],
    &["cross", "join"],
];

#[derive(Debug, PartialEq)]
enum Token<'a> {
    Word(&'a str),
    /// Strings, quoted names, comments, numbers, operators: copied.
    Other(&'a str),
    Space,
    Open,
    Close,
}

/// The end (byte index) of the quoted part starting at `start` with
/// `quote`, doubled quotes inside; the text's end if unterminated.
fn quoted_end(text: &str, start: usize, quote: u8) -> usize {
    let bytes = text.as_bytes();
    let mut i = start + 1;
    while i < bytes.len() {
        if bytes[i] == quote {
            if bytes.get(i + 1) == Some(&quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    bytes.len()
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        let end = match c {
            b' ' | b'\t' | b'\n' | b'\r' => {
                while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                out.push(Token::Space);
                continue;
            }
            b'(' => {
                out.push(Token::Open);
                i += 1;
                continue;
            }
            b')' => {
                out.push(Token::Close);
                i += 1;
                continue;
            }
            b'\'' | b'"' => quoted_end(text, i, c),
            b'-' if bytes.get(i + 1) == Some(&b'-') => {
                text[i..].find('\n').map_or(bytes.len(), |n| i + n)
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                // Block comments nest in PostgreSQL.
                let (mut depth, mut j) = (0usize, i);
                while j < bytes.len() {
                    if bytes[j..].starts_with(b"/*") {
                        depth += 1;
                        j += 2;
                    } else if bytes[j..].starts_with(b"*/") {
                        depth -= 1;
                        j += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        j += 1;
                    }
                }
                j
            }
            b'$' => {
                // $tag$ ... $tag$, or a parameter ($1).
                let tag_end = text[i + 1..]
                    .find(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
                    .map(|n| i + 1 + n);
                match tag_end {
                    Some(t) if bytes[t] == b'$' && !bytes[i + 1].is_ascii_digit() => {
                        let tag = &text[i..=t];
                        text[t + 1..]
                            .find(tag)
                            .map_or(bytes.len(), |n| t + 1 + n + tag.len())
                    }
                    Some(t) => t,
                    None => bytes.len(),
                }
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                let mut j = i;
                while j < bytes.len()
                    && (bytes[j].is_ascii_alphanumeric()
                        || bytes[j] == b'_'
                        || bytes[j] == b'$'
                        || bytes[j] >= 0x80)
                {
                    j += 1;
                }
                out.push(Token::Word(&text[start..j]));
                i = j;
                continue;
            }
            _ => {
                // One character (keeping multi-byte ones whole).
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            }
        };
        out.push(Token::Other(&text[start..end]));
        i = end;
    }
    out
}

/// How many words of a clause start at token `at` (spaces between
/// words), or 0.
fn clause_at(tokens: &[Token<'_>], at: usize) -> usize {
    'clauses: for clause in CLAUSES.iter().rev() {
        let (mut i, mut taken) = (at, 0);
        for (n, word) in clause.iter().enumerate() {
            if n > 0 {
                if tokens.get(i) != Some(&Token::Space) {
                    continue 'clauses;
                }
                i += 1;
                taken += 1;
            }
            match tokens.get(i) {
                Some(Token::Word(w)) if w.eq_ignore_ascii_case(word) => {
                    i += 1;
                    taken += 1;
                }
                _ => continue 'clauses,
            }
        }
        return taken;
    }
    0
}

/// The text laid out, or as it is when it has line breaks already.
pub fn format_sql(text: &str) -> String {
    if text.contains('\n') {
        return text.to_owned();
    }
    let tokens = tokens(text);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut depth = 0usize;
    let mut i = 0;
    while i < tokens.len() {
        let words = clause_at(&tokens, i);
        if words > 0 {
            let line_start = out.trim_end_matches(' ').is_empty() || out.ends_with('(');
            if !line_start {
                let trimmed = out.trim_end_matches(' ').len();
                out.truncate(trimmed);
                out.push('\n');
                out.push_str(&"  ".repeat(depth));
            }
            for token in &tokens[i..i + words] {
                match token {
                    Token::Word(w) => out.push_str(w),
                    _ => out.push(' '),
                }
            }
            i += words;
            continue;
        }
        match &tokens[i] {
            Token::Word(w) | Token::Other(w) => out.push_str(w),
            Token::Space => {
                if !out.ends_with(' ') && !out.ends_with('\n') {
                    out.push(' ');
                }
            }
            Token::Open => {
                depth += 1;
                out.push('(');
            }
            Token::Close => {
                depth = depth.saturating_sub(1);
                out.push(')');
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_start_lines_and_subqueries_are_indented() {
        assert_eq!(
            format_sql(
                "SELECT a, b FROM t LEFT JOIN u ON u.id = t.id WHERE a IN (SELECT x FROM v WHERE y = $1) GROUP BY a ORDER BY b LIMIT $2"
            ),
            "SELECT a, b\nFROM t\nLEFT JOIN u ON u.id = t.id\nWHERE a IN (SELECT x\n  FROM v\n  WHERE y = $1)\nGROUP BY a\nORDER BY b\nLIMIT $2"
        );
    }

    #[test]
    fn strings_comments_and_quoted_names_are_copied() {
        let text = "SELECT 'from x where' AS \"select\" /* FROM <script> */ FROM t WHERE s = $q$ where $q$";
        assert_eq!(
            format_sql(text),
            "SELECT 'from x where' AS \"select\" /* FROM <script> */\nFROM t\nWHERE s = $q$ where $q$"
        );
        assert_eq!(format_sql("SELECT 1 -- from\n"), "SELECT 1 -- from\n");
    }

    #[test]
    fn unterminated_and_odd_texts_come_back_whole() {
        for text in [
            "SELECT 'abc",
            "SELECT /* a",
            "$x$ never",
            "(((",
            ")))",
            "é FROM ü",
            "",
        ] {
            let formatted = format_sql(text);
            let squeeze = |s: &str| s.split_whitespace().collect::<String>();
            assert_eq!(squeeze(&formatted), squeeze(text), "{text:?}");
        }
    }
}
