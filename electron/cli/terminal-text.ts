/* eslint-disable no-control-regex -- matching control characters is the purpose of this file */
/**
 * Text from a user's files made safe to print in a terminal: escape sequences (CSI such as ESC[2J,
 * OSC such as window titles and OSC 8 links, and any other ESC-introduced sequence) are removed, and
 * every other control character (C0 but tab and line feed where `keepLayout`, DEL, C1) becomes U+FFFD,
 * so a title cannot clear the screen, retitle the window, hide a link or rewrite earlier lines.
 */
// OSC/DCS/SOS/PM/APC strings end at BEL or ST (ESC \ or U+009C); CSI ends at its final byte.
const STRING_SEQUENCE = /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g
const CSI_SEQUENCE = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?/g
const OTHER_ESCAPE = /\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g
const CONTROL_WITH_LAYOUT = /[\u0000-\u001f\u007f-\u009f]/g

const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/

/** True when `text` holds no control character: every sequence above starts with one, so it prints as it is (most cells of a long list). */
export function isPlainText(text: string): boolean {
  return !ANY_CONTROL.test(text)
}

export function forTerminal(text: string, keepLayout = true): string {
  if (isPlainText(text)) return text
  return text
    .replace(STRING_SEQUENCE, '')
    .replace(CSI_SEQUENCE, '')
    .replace(OTHER_ESCAPE, '')
    .replace(keepLayout ? CONTROL : CONTROL_WITH_LAYOUT, '\uFFFD')
}
