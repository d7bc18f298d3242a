// Optional, for the page that embeds Chronicle Charts in an iframe: sizes each
// <iframe data-chronicle> to the height its chart reports, so there is no inner scroll bar.
// It listens only to messages from those frames and reads nothing else.
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'chronicle:height' || !(data.height > 0)) return;
  for (const frame of document.querySelectorAll('iframe[data-chronicle]')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(data.height)}px`;
  }
});
