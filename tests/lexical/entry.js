// Turns every [contenteditable][role=textbox] on the test page into a real Lexical rich-text
// editor, the way Facebook's comment box is one, and behaves like Facebook on Enter: the
// comment is "posted" (appended below as text) and the editor is cleared.
import { $getRoot, $createParagraphNode, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, createEditor } from "lexical";
import { registerRichText } from "@lexical/rich-text";

const editors = [];

function textOf(editor) {
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}

for (const root of document.querySelectorAll('[contenteditable][role="textbox"]')) {
  root.replaceChildren();
  const editor = createEditor({ namespace: "hugdesk-test", onError: (e) => { throw e; } });
  editor.setRootElement(root);
  registerRichText(editor);
  editor.registerCommand(KEY_ENTER_COMMAND, (event) => {
    if (event && event.shiftKey) return false;
    if (event) event.preventDefault();
    const text = textOf(editor);
    if (!text.trim()) return true;
    const posted = document.createElement("div");
    posted.className = "posted-by-test-page";
    posted.textContent = text;
    (root.closest("form") || root.parentElement).after(posted);
    editor.update(() => {
      const r = $getRoot();
      r.clear();
      r.append($createParagraphNode());
    });
    window.__lexicalPosted.push(text);
    return true;
  }, COMMAND_PRIORITY_HIGH);
  editors.push(editor);
}

window.__lexicalPosted = [];
window.__lexicalEditors = editors;
// What the editor itself holds, not what its DOM shows.
window.__lexicalText = (i = 0) => textOf(editors[i]);
window.__lexicalReady = true;
