import Image from '@tiptap/extension-image';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './rich-text-editor.css';

/** Said to a screen reader (and shown outlined) for a picture of the body that has no description yet. */
export const MISSING_ALT = 'Ảnh chưa có lời mô tả (cần bổ sung trước khi duyệt)';

/**
 * A picture of the body. Its HTML keeps the alt exactly as given (none, empty for a decorative
 * picture, or the description), so that the API's checks see the truth; inside the editor a
 * picture with no alt is outlined and announced as such, so that the editing page itself stays
 * accessible and the editor sees what is missing.
 */
const BodyImage = Image.extend({
  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement('img');
      const paint = (attrs: Record<string, unknown>) => {
        dom.src = String(attrs.src ?? '');
        const alt = attrs.alt as string | null | undefined;
        dom.alt = alt ?? MISSING_ALT;
        dom.className = alt === null || alt === undefined ? 'missing-alt' : '';
      };
      paint(node.attrs);
      return {
        dom,
        update: (next) => {
          if (next.type !== node.type) return false;
          paint(next.attrs);
          return true;
        },
      };
    };
  },
});

/** Tags a stored body may hold (the server's sanitizer allows them) that this editor cannot represent. */
const UNSUPPORTED = /<(table|figure|figcaption|sub|sup)\b/i;

const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    // The server's sanitizer keeps no code or pre: the editor offers none.
    code: false,
    codeBlock: false,
    link: { openOnClick: false, autolink: true, defaultProtocol: 'https', protocols: ['http', 'https', 'mailto'] },
  }),
  BodyImage.configure({ inline: false, allowBase64: true }),
];

type Panel = null | 'link' | 'image' | 'alt';
const httpish = /^(https?:\/\/|mailto:)/i;

/**
 * The body as rich text (TipTap on ProseMirror): a toolbar with Vietnamese names, the usual
 * keyboard shortcuts (Ctrl+B, Ctrl+I, Ctrl+Z …), links, and pictures that ask for their
 * description (or to be marked decorative). Its output is HTML, which the server sanitizes
 * when it stores it, as it sanitizes any client's. A stored body with something the editor
 * cannot represent (a table, a figure) opens as HTML, so that nothing is lost silently.
 */
export function RichTextEditor({
  value,
  onChange,
  disabled,
  labelId,
  describedBy,
  epoch,
}: {
  /** Moves when the value is replaced from outside (the stored item loaded); 0 before that. */
  epoch: number;
  value: string;
  onChange: (html: string) => void;
  disabled: boolean;
  labelId: string;
  describedBy?: string;
}) {
  const id = useId();
  const [htmlMode, setHtmlMode] = useState(() => UNSUPPORTED.test(value));
  const [panel, setPanel] = useState<Panel>(null);
  const [href, setHref] = useState('');
  const [src, setSrc] = useState('');
  const [alt, setAlt] = useState('');
  const [decorative, setDecorative] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const editor = useEditor({
    extensions,
    content: value,
    editable: !disabled,
    immediatelyRender: true,
    editorProps: {
      attributes: {
        id: `${id}-area`,
        class: 'rich-text-area',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      },
    },
    onUpdate: ({ editor: e }) => {
      // The empty paragraph the editor keeps after a final picture (to type after it) is not content.
      const html = e.isEmpty ? '' : e.getHTML().replace(/(<p><\/p>)+$/, '');
      onChange(html);
    },
  });

  // A value from outside (the stored item loaded, the form reset: `epoch` moves) replaces the
  // content. Only then: a value the editor itself emitted may come back a render late, and must
  // not undo what was typed since.
  const latest = useRef(value);
  latest.current = value;
  useEffect(() => {
    if (!editor || epoch === 0) return;
    const next = latest.current;
    if (UNSUPPORTED.test(next)) setHtmlMode(true);
    editor.commands.setContent(next, { emitUpdate: false });
  }, [editor, epoch]);
  useEffect(() => {
    editor?.setEditable(!disabled);
  }, [editor, disabled]);

  const state = useEditorState({
    editor,
    selector: ({ editor: e }: { editor: Editor | null }) => ({
      bold: !!e?.isActive('bold'),
      italic: !!e?.isActive('italic'),
      underline: !!e?.isActive('underline'),
      heading: !!e?.isActive('heading', { level: 2 }),
      bulletList: !!e?.isActive('bulletList'),
      orderedList: !!e?.isActive('orderedList'),
      blockquote: !!e?.isActive('blockquote'),
      link: !!e?.isActive('link'),
      image: !!e?.isActive('image'),
      canUndo: !!e?.can().undo(),
      canRedo: !!e?.can().redo(),
    }),
  });

  if (!editor || !state) return null;

  const close = () => {
    setPanel(null);
    setProblem(null);
    editor.commands.focus();
  };
  const open = (p: Panel) => {
    setProblem(null);
    if (p === 'link') setHref((editor.getAttributes('link').href as string | undefined) ?? '');
    if (p === 'image') {
      setSrc('');
      setAlt('');
      setDecorative(false);
    }
    if (p === 'alt') {
      const current = editor.getAttributes('image').alt as string | null | undefined;
      setAlt(current ?? '');
      setDecorative(current === '');
    }
    setPanel(p);
  };
  const apply = () => {
    if (panel === 'link') {
      const url = href.trim();
      if (!httpish.test(url)) return setProblem('Địa chỉ liên kết cần bắt đầu bằng https://, http:// hoặc mailto:.');
      editor.chain().focus().extendMarkRange('link').setLink({ href: url }).run();
    } else if (panel === 'image' || panel === 'alt') {
      const description = decorative ? '' : alt.trim();
      if (!decorative && !description) return setProblem('Hãy nhập lời mô tả ảnh, hoặc đánh dấu là ảnh trang trí.');
      if (panel === 'image') {
        const url = src.trim();
        if (!/^(https?:\/\/|\/|data:image\/)/i.test(url)) return setProblem('Địa chỉ ảnh cần bắt đầu bằng https:// hoặc http://.');
        editor.chain().focus().setImage({ src: url, alt: description }).run();
      } else {
        editor.chain().focus().updateAttributes('image', { alt: description }).run();
      }
    }
    setPanel(null);
    setProblem(null);
  };
  // Enter applies (and does not submit the item's form), Escape closes.
  const keys = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT' && (e.target as HTMLInputElement).type !== 'checkbox') {
      e.preventDefault();
      apply();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };

  const tool = (label: string, run: () => void, pressed?: boolean, enabled = true): ReactNode => (
    <button
      type="button"
      className="secondary"
      aria-pressed={pressed}
      disabled={disabled || htmlMode || !enabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {label}
    </button>
  );
  const chain = () => editor.chain().focus();

  return (
    <div className="rich-text">
      <div
        role="toolbar"
        aria-label="Định dạng nội dung"
        aria-controls={htmlMode ? `${id}-html` : `${id}-area`}
        className="rich-text-toolbar"
        onKeyDown={(e) => {
          // Left and right arrows move between the toolbar's buttons (Tab still reaches each one).
          if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
          const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
          const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
          if (at < 0) return;
          e.preventDefault();
          buttons[(at + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
        }}
      >
        {tool('Đậm', () => chain().toggleBold().run(), state.bold)}
        {tool('Nghiêng', () => chain().toggleItalic().run(), state.italic)}
        {tool('Gạch chân', () => chain().toggleUnderline().run(), state.underline)}
        {tool('Tiêu đề mục', () => chain().toggleHeading({ level: 2 }).run(), state.heading)}
        {tool('Danh sách', () => chain().toggleBulletList().run(), state.bulletList)}
        {tool('Danh sách số', () => chain().toggleOrderedList().run(), state.orderedList)}
        {tool('Trích dẫn', () => chain().toggleBlockquote().run(), state.blockquote)}
        {tool('Liên kết', () => open('link'), state.link)}
        {tool('Bỏ liên kết', () => chain().extendMarkRange('link').unsetLink().run(), undefined, state.link)}
        {tool('Chèn ảnh', () => open('image'))}
        {tool('Mô tả ảnh', () => open('alt'), undefined, state.image)}
        {tool('Hoàn tác', () => chain().undo().run(), undefined, state.canUndo)}
        {tool('Làm lại', () => chain().redo().run(), undefined, state.canRedo)}
        <button
          type="button"
          className="secondary"
          aria-pressed={htmlMode}
          disabled={disabled}
          onClick={() => {
            if (htmlMode) editor.commands.setContent(value, { emitUpdate: false });
            setHtmlMode(!htmlMode);
            setPanel(null);
          }}
        >
          Sửa mã HTML
        </button>
      </div>
      {panel && (
        <div className="rich-text-panel" role="group" aria-label={panelName[panel]} onKeyDown={keys}>
          {panel === 'link' && (
            <div className="field">
              <label htmlFor={`${id}-href`}>Địa chỉ liên kết</label>
              <input id={`${id}-href`} type="url" autoFocus value={href} onChange={(e) => setHref(e.target.value)} />
            </div>
          )}
          {panel === 'image' && (
            <div className="field">
              <label htmlFor={`${id}-src`}>Địa chỉ ảnh</label>
              <input id={`${id}-src`} type="url" autoFocus value={src} onChange={(e) => setSrc(e.target.value)} />
            </div>
          )}
          {(panel === 'image' || panel === 'alt') && (
            <>
              <div className="field">
                <label htmlFor={`${id}-alt`}>Lời mô tả ảnh cho người không nhìn thấy ảnh</label>
                <input
                  id={`${id}-alt`}
                  autoFocus={panel === 'alt'}
                  value={alt}
                  disabled={decorative}
                  onChange={(e) => setAlt(e.target.value)}
                />
              </div>
              <label className="check">
                <input type="checkbox" checked={decorative} onChange={(e) => setDecorative(e.target.checked)} /> Ảnh trang trí, không mang
                thông tin (không cần mô tả)
              </label>
            </>
          )}
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <div className="actions">
            <button type="button" onClick={apply}>
              {panel === 'link' ? 'Gắn liên kết' : panel === 'image' ? 'Chèn ảnh vào nội dung' : 'Lưu lời mô tả'}
            </button>
            <button type="button" className="secondary" onClick={close}>
              Hủy
            </button>
          </div>
        </div>
      )}
      {htmlMode ? (
        <textarea
          id={`${id}-html`}
          className="rich-text-html"
          rows={10}
          aria-labelledby={labelId}
          aria-describedby={describedBy}
          disabled={disabled}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <EditorContent editor={editor} />
      )}
      {htmlMode && UNSUPPORTED.test(value) && (
        <p className="meta">Nội dung có bảng hoặc khung ảnh mà trình soạn thảo chưa hiển thị được, nên được mở dạng mã HTML.</p>
      )}
    </div>
  );
}

const panelName: Record<Exclude<Panel, null>, string> = { link: 'Gắn liên kết', image: 'Chèn ảnh', alt: 'Lời mô tả ảnh' };
