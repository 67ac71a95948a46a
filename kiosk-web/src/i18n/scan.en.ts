export default {
  scan: {
    hint: 'Hold the QR code to the scanner or the camera below',
    camera: 'Camera',
    cameraOff: 'The camera is off: please use the scanner',
    cameraDenied: 'The camera is not allowed: please use the scanner',
    cameraNone: 'No camera found: please use the scanner',
    reading: 'Reading…',
  },
};
