// Follows running roster imports on the liaison's page: fills in the progress line and the status,
// and reloads once an import finishes so that its report link appears.
(() => {
  const running = () => [...document.querySelectorAll('li[data-import]')]
    .filter(li => li.dataset.status === 'queued' || li.dataset.status === 'running');

  async function poll() {
    let reload = false;
    for (const item of running()) {
      const response = await fetch(`/api/v1/roster-imports/${item.dataset.import}`, { credentials: 'same-origin' });
      if (!response.ok) continue;
      const progress = await response.json();
      const line = item.querySelector('.progress');
      line.textContent = line.dataset.template
        .replace('{0}', progress.processed).replace('{1}', progress.total)
        .replace('{2}', progress.imported).replace('{3}', progress.rejected);
      if (progress.status !== item.dataset.status && (progress.status === 'completed' || progress.status === 'failed')) reload = true;
      item.dataset.status = progress.status;
    }

    if (reload) location.replace(location.pathname);
    else if (running().length > 0) setTimeout(poll, 1500);
  }

  setTimeout(poll, 1000);
})();
