export default {
  scan: {
    hint: '将二维码对准扫码器或下方摄像头',
    camera: '摄像头',
    cameraOff: '摄像头未开启，请使用扫码器',
    cameraDenied: '摄像头未获授权，请使用扫码器',
    cameraNone: '未检测到摄像头，请使用扫码器',
    reading: '正在识别…',
  },
};
